import { bytesToText, concatBytes } from './byte-search'
import { MAX_ID_CHARS, MEDIA_ID_NAMES, UncheckableRequest, idsInValue, type MediaIdScanner } from './media-ids'

/** Longer keys cannot spell a media id key, even with every letter escaped. */
const MAX_KEY_BYTES = 128
const QUOTE = 0x22
const BACKSLASH = 0x5c

/**
 * Reads a JSON body as it streams (a base64 upload can be megabytes) and collects the
 * values of every `media_id` / `id` key at any depth. Only keys and those values are
 * kept; the inside of other strings is skipped at native speed.
 */
export function jsonIdScanner(): MediaIdScanner {
  // Open containers: true for an object.
  const open: boolean[] = []
  let inString = false
  let escaped = false
  // The current string's bytes when it may be a key (bounded), and whether the next string is a key.
  let key: number[] | undefined
  let expectKey = false
  let lastKey: string | undefined
  // The raw bytes of a watched value being read, and the depth it sits at.
  let capture: number[] | undefined
  let captureDepth = 0
  const captured: string[] = []

  const step = (byte: number): void => {
    if (capture !== undefined) {
      const ends = !inString && open.length === captureDepth && (byte === 0x2c || byte === 0x7d || byte === 0x5d)
      if (ends) {
        captured.push(bytesToText(Uint8Array.from(capture)))
        capture = undefined
      } else if (capture.push(byte) > MAX_ID_CHARS) throw new UncheckableRequest('A media id in the body is too long.')
    }
    if (inString) {
      if (key !== undefined && key.length <= MAX_KEY_BYTES) key.push(byte)
      if (escaped) escaped = false
      else if (byte === BACKSLASH) escaped = true
      else if (byte === QUOTE) {
        inString = false
        if (key !== undefined) {
          lastKey = key.length > MAX_KEY_BYTES ? undefined : decodeKey(concatBytes(Uint8Array.of(QUOTE), Uint8Array.from(key)))
          key = undefined
        }
      }
      return
    }
    switch (byte) {
      case QUOTE:
        inString = true
        key = expectKey && capture === undefined ? [] : undefined
        expectKey = false
        return
      case 0x7b: // {
      case 0x5b: // [
        open.push(byte === 0x7b)
        expectKey = byte === 0x7b
        return
      case 0x7d: // }
      case 0x5d: // ]
        open.pop()
        return
      case 0x2c: // ,
        expectKey = open.at(-1) === true
        return
      case 0x3a: // :
        if (capture === undefined && lastKey !== undefined && MEDIA_ID_NAMES.has(lastKey)) {
          capture = []
          captureDepth = open.length
        }
        lastKey = undefined
        return
      default:
    }
  }

  return {
    write(chunk) {
      let at = 0
      while (at < chunk.length) {
        if (inString && !escaped && key === undefined && capture === undefined) {
          // Only the closing quote or an escape matter here.
          const quote = chunk.indexOf(QUOTE, at)
          const backslash = chunk.indexOf(BACKSLASH, at)
          const next = quote === -1 ? backslash : backslash === -1 ? quote : Math.min(quote, backslash)
          if (next === -1) return
          at = next
        }
        step(chunk[at] as number)
        at++
      }
    },
    end() {
      if (capture !== undefined) throw new UncheckableRequest('The body ends inside a media id.')
      return captured.flatMap((raw) => {
        try {
          return idsInValue(JSON.parse(raw) as unknown, true)
        } catch (error) {
          if (error instanceof UncheckableRequest) throw error
          throw new UncheckableRequest('A media id in the body is not valid JSON.')
        }
      })
    },
  }
}

function decodeKey(quoted: Uint8Array): string | undefined {
  try {
    const key: unknown = JSON.parse(bytesToText(quoted))
    return typeof key === 'string' ? key : undefined
  } catch {
    return undefined
  }
}
