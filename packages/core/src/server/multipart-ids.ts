import { bytesToText, concatBytes, indexOfBytes } from './byte-search'
import { MAX_ID_CHARS, MEDIA_ID_NAMES, UncheckableRequest, type MediaIdScanner } from './media-ids'

/** Part headers longer than this are not a browser's. */
const MAX_HEADER_BYTES = 16 * 1024
const LF = 0x0a
const CR = 0x0d

const NAME = /[:;\s]name\s*=\s*(?:"([^"]*)"|([^;\s]*))/i

/** The multipart boundary of a Content-Type (case-sensitive), or `undefined`. */
export function multipartBoundary(contentType: string): string | undefined {
  const match = /;\s*boundary\s*=\s*(?:"([^"]{1,200})"|([^;\s]{1,200}))/i.exec(contentType)
  return match?.[1] ?? match?.[2]
}

/** Whether any Content-Disposition line of a part's headers names a media id field. */
function namesMediaId(headers: string): boolean {
  return headers
    .split(/\r?\n/)
    .filter((line) => /^\s*content-disposition\s*:/i.test(line))
    .some((line) => {
      const match = NAME.exec(line)
      const name = match?.[1] ?? match?.[2]
      return name !== undefined && MEDIA_ID_NAMES.has(name)
    })
}

/** Where the blank line closing a header block starts and ends (`\r\n\r\n` or `\n\n`), or `undefined`. */
function headerBlockEnd(bytes: Uint8Array): { start: number; end: number } | undefined {
  for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, at + 1)) {
    if (bytes[at + 1] === LF) return { start: at, end: at + 2 }
    if (bytes[at + 1] === CR && bytes[at + 2] === LF) return { start: at, end: at + 3 }
  }
  return undefined
}

/**
 * Reads a multipart body as it streams and collects the value of every `media_id` / `id`
 * part, wherever it sits (before or after the media). Any `--boundary` counts as a
 * delimiter and either line ending is accepted, so a lenient parser at X cannot see a
 * field this one missed.
 */
export function multipartIdScanner(boundary: string): MediaIdScanner {
  const delimiter = new TextEncoder().encode(`--${boundary}`)
  let mode: 'content' | 'headers' | 'value' = 'content'
  // Bytes not yet consumed: may hold the start of a delimiter or of the header block's end.
  let pending: Uint8Array = new Uint8Array(0)
  let value: Uint8Array = new Uint8Array(0)
  const ids: string[] = []

  const consume = (): void => {
    for (;;) {
      if (mode === 'headers') {
        const end = headerBlockEnd(pending)
        const next = indexOfBytes(pending, delimiter)
        if (next !== -1 && (!end || next < end.start)) {
          // A part without a header block: the next one starts here.
          pending = pending.subarray(next + delimiter.length)
          continue
        }
        if (!end) {
          if (pending.length > MAX_HEADER_BYTES) throw new UncheckableRequest('A multipart part has oversized headers.')
          return
        }
        mode = namesMediaId(bytesToText(pending.subarray(0, end.start))) ? 'value' : 'content'
        pending = pending.subarray(end.end)
        value = new Uint8Array(0)
        continue
      }
      const at = indexOfBytes(pending, delimiter)
      const kept = at === -1 ? Math.max(0, pending.length - delimiter.length + 1) : at
      if (mode === 'value') {
        value = concatBytes(value, pending.subarray(0, kept))
        if (value.length > MAX_ID_CHARS) throw new UncheckableRequest('A media id in the body is too long.')
      }
      if (at === -1) {
        // Keep a copy of the tail only: the chunk it came from can go.
        pending = pending.slice(kept)
        return
      }
      if (mode === 'value') ids.push(bytesToText(value).replace(/\r?\n$/, ''))
      pending = pending.subarray(at + delimiter.length)
      mode = 'headers'
    }
  }

  return {
    write(chunk) {
      pending = concatBytes(pending, chunk)
      consume()
    },
    end() {
      if (mode === 'value') throw new UncheckableRequest('The body ends inside a media id.')
      return ids
    },
  }
}
