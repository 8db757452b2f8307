import { useEffect, useState } from 'react'
import { posterFrame } from '../components/poster-frame'

/** Where a video's poster frame stands: being drawn, drawn (`poster`), or not decodable. */
export type PosterFrameState = { status: 'loading' } | { status: 'ready'; poster: Blob } | { status: 'failed' }

/** The poster frame of `video` (see `posterFrame`), drawn after mount; `loading` during SSR and the first render. */
export function usePosterFrame(video: Blob | undefined): PosterFrameState {
  const [state, setState] = useState<{ video: Blob; frame: PosterFrameState }>()
  useEffect(() => {
    if (video === undefined) return
    let current = true
    void posterFrame(video).then((poster) => {
      if (current) setState({ video, frame: poster === undefined ? { status: 'failed' } : { status: 'ready', poster } })
    })
    return () => {
      current = false
    }
  }, [video])
  return state !== undefined && state.video === video ? state.frame : { status: 'loading' }
}
