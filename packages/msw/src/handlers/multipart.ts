/** One part of a multipart body, its bytes untouched. */
export interface MultipartPart {
  name: string
  filename: string | undefined
  data: Uint8Array
}

const encoder = new TextEncoder()
const HEADER_END = encoder.encode('\r\n\r\n')

/** Finds `needle` in `haystack` from `from`, using the native search for its first byte. */
function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]
  if (first === undefined) return -1
  for (let at = haystack.indexOf(first, from); at !== -1; at = haystack.indexOf(first, at + 1)) {
    if (at + needle.length > haystack.length) return -1
    let i = 1
    while (i < needle.length && haystack[at + i] === needle[i]) i++
    if (i === needle.length) return at
  }
  return -1
}

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
 * Splits a multipart body into parts, keeping every part's bytes as sent. Unlike
 * `Request.formData()`, a part without a filename (how `twitter-api-v2` sends `media`)
 * stays binary instead of being decoded as UTF-8 text.
 * Returns `undefined` for a body that is not well-formed multipart.
 */
export function parseMultipart(body: Uint8Array, boundary: string): MultipartPart[] | undefined {
  const delimiter = encoder.encode(`--${boundary}`)
  const separator = encoder.encode(`\r\n--${boundary}`)
  let at = indexOfBytes(body, delimiter, 0)
  if (at === -1) return undefined
  at += delimiter.length
  const parts: MultipartPart[] = []
  const decoder = new TextDecoder()
  // After each delimiter: "--" closes the body, CRLF starts another part.
  while (!(body[at] === 0x2d && body[at + 1] === 0x2d)) {
    if (body[at] !== 0x0d || body[at + 1] !== 0x0a) return undefined
    const headerEnd = indexOfBytes(body, HEADER_END, at + 2)
    if (headerEnd === -1) return undefined
    const headers = decoder.decode(body.subarray(at + 2, headerEnd))
    const next = indexOfBytes(body, separator, headerEnd + HEADER_END.length)
    if (next === -1) return undefined
    const name = dispositionParam(headers, 'name')
    if (name !== undefined) {
      parts.push({ name, filename: dispositionParam(headers, 'filename'), data: body.subarray(headerEnd + HEADER_END.length, next) })
    }
    at = next + separator.length
  }
  return parts
}
