import { MediaUploadError } from '../errors/media-upload-error'
import type { MediaCategory, MediaKind } from '../types'
import { formatBytes } from './format-bytes'
import { MEDIA_LIMITS } from './limits'
import { sniffMediaType, type SupportedMediaType } from './sniff-media-type'

/** Size limits to apply instead of X's (for example a lower limit of the app's own). */
export interface InspectFileOptions {
  maxImageBytes?: number
  maxGifBytes?: number
  maxVideoBytes?: number
}

/** A file checked before upload: what it really is and how to send it. */
export interface InspectedFile {
  /** Sniffed from the bytes; the declared `file.type` does not count. */
  mediaType: SupportedMediaType
  kind: MediaKind
  mediaCategory: MediaCategory
  /**
   * Advisory: `'simple'` for images (one request), `'chunked'` for GIF and video, which X
   * accepts only through INIT/APPEND/FINALIZE. Chunked works for images too.
   */
  route: 'simple' | 'chunked'
  size: number
  /** `File.name`, when the Blob is a File. User text: render it as text. */
  name?: string
}

const CATEGORY: Record<MediaKind, MediaCategory> = {
  image: 'tweet_image',
  gif: 'tweet_gif',
  video: 'tweet_video',
}

const KIND_LABEL: Record<MediaKind, string> = { image: 'images', gif: 'animated GIFs', video: 'videos' }

function limitFor(kind: MediaKind, options: InspectFileOptions): number {
  if (kind === 'image') return options.maxImageBytes ?? MEDIA_LIMITS.imageBytes
  if (kind === 'gif') return options.maxGifBytes ?? MEDIA_LIMITS.gifBytes
  return options.maxVideoBytes ?? MEDIA_LIMITS.videoBytes
}

/**
 * Check a file before anything is sent: its real type from the bytes, X's size limit for
 * that type, the `media_category` and the route to use.
 *
 * @throws MediaUploadError `file-empty`, `unsupported-type` (not JPEG, PNG, GIF, WEBP, MP4
 * or MOV, whatever its name or declared type say), `file-too-large` (the limit is in the
 * message).
 * @example
 * ```ts
 * const { mediaCategory, route } = await inspectFile(input.files[0])
 * ```
 */
export async function inspectFile(file: Blob, options: InspectFileOptions = {}): Promise<InspectedFile> {
  const name = file instanceof File ? file.name : undefined
  const label = name === undefined ? 'The file' : `"${name}"`
  if (file.size === 0) throw new MediaUploadError('file-empty', `${label} is empty.`)
  const sniffed = await sniffMediaType(file)
  if (sniffed === undefined) {
    const declared = file.type ? ` (declared as ${file.type})` : ''
    throw new MediaUploadError(
      'unsupported-type',
      `${label}${declared} is not a JPEG, PNG, GIF, WEBP, MP4 or MOV file.`,
    )
  }
  const limit = limitFor(sniffed.kind, options)
  if (file.size > limit) {
    throw new MediaUploadError(
      'file-too-large',
      `${label} is ${formatBytes(file.size)}; ${KIND_LABEL[sniffed.kind]} can be at most ${formatBytes(limit)}.`,
    )
  }
  return {
    mediaType: sniffed.mediaType,
    kind: sniffed.kind,
    mediaCategory: CATEGORY[sniffed.kind],
    route: sniffed.kind === 'image' ? 'simple' : 'chunked',
    size: file.size,
    ...(name === undefined ? {} : { name }),
  }
}
