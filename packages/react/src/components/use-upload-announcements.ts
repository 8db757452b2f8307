import type { UploadStatus } from '@tweet-media/core'
import { useEffect, useRef, useState } from 'react'
import type { MediaUploadItem } from '../hooks/use-media-uploads'
import type { MediaUploaderStrings } from '../strings/media-uploader-strings'

interface Heard {
  status: UploadStatus
  /** 0–4: the last quarter of progress announced. */
  quarter: number
  altTextSaved: boolean
  name: string
}

/**
 * What the polite live region says as uploads move: progress at every quarter, processing,
 * success, cancel, removal and saved alt text; `announce` says anything else (a move). Errors are not here: they render in
 * `role="alert"` elements, which announce themselves.
 */
export function useUploadAnnouncements(
  items: readonly MediaUploadItem[],
  strings: MediaUploaderStrings,
): [message: string, announce: (message: string) => void] {
  const heard = useRef(new Map<string, Heard>())
  const [message, setMessage] = useState('')

  useEffect(() => {
    const lines: string[] = []
    const seen = new Set<string>()
    for (const item of items) {
      seen.add(item.id)
      const name = item.file.name
      const before = heard.current.get(item.id)
      const quarter = item.status === 'uploading' ? Math.floor(item.progress.fraction * 4) : before?.quarter ?? 0
      const altTextSaved = item.altTextStatus === 'saved'
      if (before?.status !== item.status) {
        if (item.status === 'processing') lines.push(strings.announceProcessing(name))
        if (item.status === 'success') lines.push(strings.announceUploaded(name))
        if (item.status === 'canceled') lines.push(strings.announceCanceled(name))
      } else if (item.status === 'uploading' && quarter > before.quarter && quarter < 4) {
        lines.push(strings.announceProgress(name, quarter * 25))
      }
      if (altTextSaved && before !== undefined && !before.altTextSaved) lines.push(strings.announceAltTextSaved(name))
      heard.current.set(item.id, { status: item.status, quarter, altTextSaved, name })
    }
    for (const [id, gone] of heard.current) {
      if (seen.has(id)) continue
      heard.current.delete(id)
      lines.push(strings.announceRemoved(gone.name))
    }
    if (lines.length > 0) setMessage(lines.join('. '))
  }, [items, strings])

  return [message, setMessage]
}
