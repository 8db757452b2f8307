import { MAX_ID_CHARS, MEDIA_ID_NAMES, UncheckableRequest, type MediaIdScanner } from './media-ids'

/** Part headers longer than this are not a browser's. */
const MAX_HEADER_CHARS = 16 * 1024

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

/**
 * Reads a multipart body as it streams and collects the value of every `media_id` / `id`
 * part, wherever it sits (before or after the media). Any `--boundary` counts as a
 * delimiter and either line ending is accepted, so a lenient parser at X cannot see a
 * field this one missed.
 */
export function multipartIdScanner(boundary: string): MediaIdScanner {
  const delimiter = `--${boundary}`
  let mode: 'content' | 'headers' | 'value' = 'content'
  // Text not yet consumed: may hold the start of a delimiter or of the header block's end.
  let pending = ''
  let value = ''
  const ids: string[] = []

  const consume = (): void => {
    for (;;) {
      if (mode === 'headers') {
        const end = /\r?\n\r?\n/.exec(pending)
        const next = pending.indexOf(delimiter)
        if (next !== -1 && (!end || next < end.index)) {
          // A part without a header block: the next one starts here.
          pending = pending.slice(next + delimiter.length)
          continue
        }
        if (!end) {
          if (pending.length > MAX_HEADER_CHARS) throw new UncheckableRequest('A multipart part has oversized headers.')
          return
        }
        mode = namesMediaId(pending.slice(0, end.index)) ? 'value' : 'content'
        pending = pending.slice(end.index + end[0].length)
        value = ''
        continue
      }
      const at = pending.indexOf(delimiter)
      const kept = at === -1 ? Math.max(0, pending.length - delimiter.length + 1) : at
      if (mode === 'value') {
        value += pending.slice(0, kept)
        if (value.length > MAX_ID_CHARS) throw new UncheckableRequest('A media id in the body is too long.')
      }
      if (at === -1) {
        pending = pending.slice(kept)
        return
      }
      if (mode === 'value') ids.push(value.replace(/\r?\n$/, ''))
      pending = pending.slice(at + delimiter.length)
      mode = 'headers'
    }
  }

  return {
    write(chunk) {
      pending += chunk
      consume()
    },
    end() {
      if (mode === 'value') throw new UncheckableRequest('The body ends inside a media id.')
      return ids
    },
  }
}
