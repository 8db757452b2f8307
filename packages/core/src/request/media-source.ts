/** Base64 text of the bytes, already encoded (see `blobToBase64`). */
export interface Base64Media {
  base64: string
}

/**
 * The bytes of a file or a chunk: a `Blob` (sent raw in multipart, the default and the
 * smaller request) or pre-encoded base64 (sent as `media_data` in v1.1, or `media` in a
 * v2 JSON body) for hosts that cannot send binary.
 */
export type MediaSource = Blob | Base64Media

/** True when the media is pre-encoded base64 rather than a `Blob`. */
export function isBase64Media(media: MediaSource): media is Base64Media {
  return !(media instanceof Blob)
}
