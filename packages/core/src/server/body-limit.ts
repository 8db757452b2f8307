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
 * The `Content-Length` a request declares: `undefined` when it sends none, `NaN` when the
 * header is not one plain decimal number (a list, a sign, spaces inside), which the proxy
 * refuses rather than guess.
 */
export function declaredLength(headers: Headers): number | undefined {
  const value = headers.get('content-length')
  if (value === null) return undefined
  return /^\s*\d{1,15}\s*$/.test(value) ? Number(value) : Number.NaN
}
