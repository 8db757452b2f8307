import { useEffect, useState } from 'react'

/**
 * An object URL for `blob`, created after mount and revoked when the blob changes or the
 * component unmounts, so previews never leak memory. `undefined` during SSR and the
 * first render.
 */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [current, setCurrent] = useState<{ blob: Blob; url: string }>()
  useEffect(() => {
    if (blob === undefined) return
    const url = URL.createObjectURL(blob)
    setCurrent({ blob, url })
    return () => URL.revokeObjectURL(url)
  }, [blob])
  // A URL made for an earlier blob is already revoked: never hand it out.
  return current !== undefined && current.blob === blob ? current.url : undefined
}
