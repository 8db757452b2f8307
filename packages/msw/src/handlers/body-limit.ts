import { MAX_BYTES, MAX_V1_SEGMENT_BYTES, MAX_V2_SEGMENT_BYTES } from '../rules/limits'
import { RuleViolation } from '../rules/rule-violation'
import type { ByteParts } from '../support/bytes'
import type { RouteName } from './routes'

/** Room for multipart framing and the other fields beside the media. */
const FRAMING_BYTES = 64 * 1024
/** base64 grows media by a third (`media_data`, xdk's JSON `media`). */
const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4

/** Bodies of the JSON and urlencoded control requests (INIT, FINALIZE, metadata, subtitles). */
export const MAX_CONTROL_BODY_BYTES = 64 * 1024

/**
 * The largest body each endpoint reads: the largest media it takes (base64 included) plus
 * framing. X's own front end refuses larger bodies with 413 before reading them.
 */
export function maxBodyBytes(route: RouteName): number {
  switch (route) {
    case 'v1-upload':
      // APPEND (5 MB) or the simple upload of an image (5 MB), raw or base64.
      return base64Length(Math.max(MAX_V1_SEGMENT_BYTES, MAX_BYTES.image)) + FRAMING_BYTES
    case 'v2-append':
      return base64Length(MAX_V2_SEGMENT_BYTES) + FRAMING_BYTES
    case 'v2-upload':
      // The one-shot upload takes a 15 MB GIF; the command= form an 8 MB APPEND.
      return base64Length(Math.max(MAX_BYTES.gif, MAX_V2_SEGMENT_BYTES)) + FRAMING_BYTES
    default:
      return MAX_CONTROL_BODY_BYTES
  }
}

/** Reads a request's body up to a limit, as the chunks it arrived in (throws a 413 violation past it). */
export type BodyReader = (limit: number) => Promise<ByteParts>

/** A {@link BodyReader} over a Fetch request's body stream (msw, and any other host). */
export const fetchBodyReader =
  (request: Request): BodyReader =>
  (limit) =>
    readBodyBytes(request, limit)

/** Whether a declared `Content-Length` already exceeds the limit. */
export function declaresMoreThan(contentLength: string | null | undefined, limit: number): boolean {
  return contentLength != null && /^\d+$/.test(contentLength) && Number(contentLength) > limit
}

/** The 413 violation of a body past its limit. */
export const tooLarge = (limit: number): RuleViolation =>
  new RuleViolation('body-too-large', `Request body exceeds ${limit} bytes.`)

/**
 * Reads a body up to `limit` bytes: refused from `Content-Length` before any byte is read,
 * or as soon as the stream passes the limit (the rest is left unread). The chunks are kept
 * as they arrived, never joined.
 */
export async function readBodyBytes(request: Request, limit: number): Promise<ByteParts> {
  if (declaresMoreThan(request.headers.get('content-length'), limit)) throw tooLarge(limit)
  if (!request.body) return []
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      length += value.byteLength
      if (length > limit) throw tooLarge(limit)
      chunks.push(value)
    }
  } finally {
    // Released, not canceled: canceling would close the connection before the 413 is sent.
    reader.releaseLock()
  }
  return chunks
}

