import type { ByteParts } from '../support/bytes'
import { ChunkedBytes } from '../support/chunked-bytes'

/** One part of a multipart body, its bytes untouched (views of the body's chunks). */
export interface MultipartPart {
  name: string
  filename: string | undefined
  data: ByteParts
}

const encoder = new TextEncoder()
const HEADER_END = encoder.encode('\r\n\r\n')

function dispositionParam(headers: string, param: string): string | undefined {
  const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? ''
  return new RegExp(`;\\s*${param}="([^"]*)"`, 'i').exec(disposition)?.[1]
}

/** The `boundary` of a `multipart/form-data` content type. */
export function multipartBoundary(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return match?.[1] ?? match?.[2]
}

/**
 * Splits a multipart body, as the chunks it arrived in, into parts, keeping every part's
 * bytes as sent and uncopied. Unlike `Request.formData()`, a part without a filename (how
 * `twitter-api-v2` sends `media`) stays binary instead of being decoded as UTF-8 text.
 * Returns `undefined` for a body that is not well-formed multipart.
 */
export function parseMultipart(chunks: ByteParts, boundary: string): MultipartPart[] | undefined {
  const body = new ChunkedBytes(chunks)
  const delimiter = encoder.encode(`--${boundary}`)
  const separator = encoder.encode(`\r\n--${boundary}`)
  let at = body.indexOf(delimiter, 0)
  if (at === -1) return undefined
  at += delimiter.length
  const parts: MultipartPart[] = []
  const decoder = new TextDecoder()
  // After each delimiter: "--" closes the body, CRLF starts another part.
  while (!(body.byteAt(at) === 0x2d && body.byteAt(at + 1) === 0x2d)) {
    if (body.byteAt(at) !== 0x0d || body.byteAt(at + 1) !== 0x0a) return undefined
    const headerEnd = body.indexOf(HEADER_END, at + 2)
    if (headerEnd === -1) return undefined
    const headers = decoder.decode(body.copy(at + 2, headerEnd))
    const dataStart = headerEnd + HEADER_END.length
    const next = body.indexOf(separator, dataStart)
    if (next === -1) return undefined
    const name = dispositionParam(headers, 'name')
    if (name !== undefined) parts.push({ name, filename: dispositionParam(headers, 'filename'), data: body.slice(dataStart, next) })
    at = next + separator.length
  }
  return parts
}
