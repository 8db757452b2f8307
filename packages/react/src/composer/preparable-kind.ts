import type { MediaKind } from '@tweet-media/core'

// Formats a preparation step can turn into what X takes (HEIC photos, WebM videos, …).
const PHOTO_EXTENSIONS = /\.(heic|heif|avif|bmp|tiff?|jpe?g|png|webp)$/i
const VIDEO_EXTENSIONS = /\.(mov|mp4|m4v|webm|mkv)$/i

/**
 * The kind a file will be once the uploader's `prepare` has made it fit, judged from its
 * declared type and name; `undefined` when it does not look like media at all. Used only
 * for files core refuses as they are (too big, or a format X does not take), so the post's
 * rules can count them; preparation itself then converts or refuses them.
 */
export function preparableKind(file: File): MediaKind | undefined {
  if (file.type.startsWith('video/') || VIDEO_EXTENSIONS.test(file.name)) return 'video'
  if (file.type === 'image/gif' || /\.gif$/i.test(file.name)) return 'gif'
  if (file.type.startsWith('image/') || PHOTO_EXTENSIONS.test(file.name)) return 'image'
  return undefined
}
