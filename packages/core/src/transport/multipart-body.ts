import { bytesToHex } from '../file/hex'
import type { BuiltRequest } from '../request/built-request'

/** A `multipart/form-data` body ready to send: the bytes as one Blob and the header that names its boundary. */
export interface MultipartBody {
  body: Blob
  contentType: string
}

// Escapes and line-break rules of the HTML "multipart/form-data encoding algorithm", as
// browsers and Node's fetch apply them to a FormData body.
const escapeQuoted = (text: string): string => text.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22')
const normalizeLineBreaks = (text: string): string => text.replace(/\r?\n|\r/g, '\r\n')

function randomBoundary(): string {
  return `----tweet-media-${bytesToHex(crypto.getRandomValues(new Uint8Array(12)))}`
}

/**
 * Frames a FormData as one `multipart/form-data` Blob, the same bytes `fetch` would send
 * for it, with file parts referenced rather than read.
 *
 * Why: a Blob body streams straight from its source (a file slice, in Node
 * `fs.openAsBlob`) to the connection. Handed a FormData, Node's fetch re-encodes it through
 * an async generator and copies every 64 KB piece of the file once more: more CPU per byte
 * and twice the short-lived buffers. Browsers send either form natively.
 */
export function encodeMultipart(form: FormData, boundary: string = randomBoundary()): MultipartBody {
  const parts: Array<string | Blob> = []
  for (const [name, value] of form) {
    const disposition = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(normalizeLineBreaks(name))}"`
    if (typeof value === 'string') {
      parts.push(`${disposition}\r\n\r\n${normalizeLineBreaks(value)}\r\n`)
    } else {
      const filename = value.name ? `; filename="${escapeQuoted(value.name)}"` : ''
      parts.push(
        `${disposition}${filename}\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`,
        value,
        '\r\n',
      )
    }
  }
  parts.push(`--${boundary}--\r\n`)
  return { body: new Blob(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

/**
 * The same request with a FormData body replaced by {@link encodeMultipart}'s Blob and its
 * `content-type`; any other request is returned as it is. The engine sends every attempt
 * through it.
 */
export function withEncodedMultipart(built: BuiltRequest): BuiltRequest {
  if (!(built.body instanceof FormData)) return built
  const { body, contentType } = encodeMultipart(built.body)
  return { ...built, headers: { ...built.headers, 'content-type': contentType }, body }
}
