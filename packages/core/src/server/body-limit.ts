import { MEDIA_LIMITS } from '../file/limits'
import type { MediaRoute } from './media-routes'

/** Room for multipart headers and boundaries around the media part. */
const ENVELOPE_BYTES = 64 * 1024

/** Base64 in a JSON body (X's SDK form) is 4/3 of the raw bytes. */
const base64Size = (bytes: number): number => Math.ceil(bytes / 3) * 4

/** The largest body each kind of media request can legitimately have. */
export function defaultBodyLimit(kind: MediaRoute['kind']): number {
  if (kind === 'append') return base64Size(MEDIA_LIMITS.segmentBytes) + ENVELOPE_BYTES
  if (kind === 'upload') return base64Size(MEDIA_LIMITS.gifBytes) + ENVELOPE_BYTES
  return ENVELOPE_BYTES
}

/**
 * Passes a body through unchanged, counting bytes, and fails the stream once it exceeds
 * `limit`: the limit holds for chunked bodies that announce no length.
 */
export function limitBody(body: ReadableStream<Uint8Array>, limit: number, onExceeded: () => void): ReadableStream<Uint8Array> {
  let seen = 0
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength
        if (seen > limit) {
          onExceeded()
          controller.error(new RangeError(`Body over ${limit} bytes`))
        }
        else controller.enqueue(chunk)
      },
    }),
  )
}
