import type { SupportedMediaType } from '@tweet-media/core'

/**
 * The file types X accepts in a post, with their extensions, in react-dropzone's `accept`
 * shape: the file picker offers exactly these and a drop of anything else is refused.
 * Typed against core's list, so a type core learns must be added here too.
 */
export const X_MEDIA_ACCEPT: Readonly<Record<SupportedMediaType, readonly string[]>> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/gif': ['.gif'],
  'image/webp': ['.webp'],
  'video/mp4': ['.mp4'],
  'video/quicktime': ['.mov'],
}

/**
 * Added to {@link X_MEDIA_ACCEPT} when the uploader has a `prepare` step that converts
 * them (HEIC/HEIF, AVIF, BMP, TIFF photos; WebM and Matroska videos).
 */
export const PREPARABLE_MEDIA_ACCEPT: Readonly<Record<string, readonly string[]>> = {
  'image/heic': ['.heic'],
  'image/heif': ['.heif'],
  'image/avif': ['.avif'],
  'image/bmp': ['.bmp'],
  'image/tiff': ['.tif', '.tiff'],
  'video/webm': ['.webm'],
  'video/x-matroska': ['.mkv'],
}
