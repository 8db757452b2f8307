import type { MediaKind } from '@tweet-media/core'
import { useObjectUrl } from '../hooks/use-object-url'

/** Props of {@link MediaPreview}. */
export interface MediaPreviewProps {
  file: Blob
  kind: MediaKind
  /** Accessible name of the preview, for example `Preview of cat.jpg`. */
  label: string
  className?: string
}

/**
 * A thumbnail of a local file before and while it uploads: an image, or the first frame
 * of a video. The object URL is revoked on unmount.
 */
export function MediaPreview({ file, kind, label, className = 'tm-preview' }: MediaPreviewProps) {
  const url = useObjectUrl(file)
  if (url === undefined) return <span className={className} role="img" aria-label={label} />
  if (kind === 'video') {
    // `#t=0.1` asks for a frame just after the start: the poster of a video without one.
    return (
      <video
        className={className}
        src={`${url}#t=0.1`}
        aria-label={label}
        muted
        playsInline
        preload="metadata"
      />
    )
  }
  return <img className={className} src={url} alt={label} />
}
