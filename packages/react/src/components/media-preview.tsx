import type { MediaKind } from '@tweet-media/core'
import { useObjectUrl } from '../hooks/use-object-url'
import { usePosterFrame } from '../hooks/use-poster-frame'

/** Props of {@link MediaPreview}. */
export interface MediaPreviewProps {
  file: Blob
  kind: MediaKind
  /** Accessible name of the preview, for example `Preview of cat.jpg`. */
  label: string
  /** Shown when a video's first frame cannot be decoded. Default `No preview`. */
  unavailableText?: string
  className?: string
}

/**
 * A thumbnail of a local file before and while it uploads: the image itself, or for a
 * video a still of its first decodable frame (drawn once, no live `<video>` in the page),
 * else a fallback that says there is no preview. Object URLs are revoked on unmount.
 */
export function MediaPreview({ file, kind, label, unavailableText = 'No preview', className = 'tm-preview' }: MediaPreviewProps) {
  const frame = usePosterFrame(kind === 'video' ? file : undefined)
  const image = kind === 'video' ? (frame.status === 'ready' ? frame.poster : undefined) : file
  const url = useObjectUrl(image)
  if (kind === 'video' && frame.status === 'failed') {
    return (
      <span className={`${className} ${className}--unavailable`} role="img" aria-label={label} data-preview="unavailable">
        <span aria-hidden="true">{unavailableText}</span>
      </span>
    )
  }
  if (url === undefined) return <span className={className} role="img" aria-label={label} data-preview="loading" />
  return <img className={className} src={url} alt={label} data-preview={kind === 'video' ? 'poster' : 'image'} />
}
