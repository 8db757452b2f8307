import { MAX_ID_CHARS, MEDIA_ID_NAMES, UncheckableRequest, idsInValue, type MediaIdScanner } from './media-ids'

/** Longer keys cannot spell a media id key, even with every letter escaped. */
const MAX_KEY_CHARS = 128

/**
 * Reads a JSON body as it streams (a base64 upload can be megabytes) and collects the
 * values of every `media_id` / `id` key at any depth. Only those values are kept; the rest
 * is passed over character by character.
 */
export function jsonIdScanner(): MediaIdScanner {
  // Open containers: true for an object.
  const open: boolean[] = []
  let inString = false
  let escaped = false
  // The current string when it may be a key (bounded), and whether the next string is a key.
  let keyText: string | undefined
  let expectKey = false
  let lastKey: string | undefined
  // The raw text of a watched value being read, and the depth it sits at.
  let capture: string | undefined
  let captureDepth = 0
  const captured: string[] = []

  const finishCapture = (): void => {
    if (capture === undefined) return
    captured.push(capture)
    capture = undefined
  }

  const step = (char: string): void => {
    if (capture !== undefined) {
      if (!inString && open.length === captureDepth && (char === ',' || char === '}' || char === ']')) finishCapture()
      else if ((capture += char).length > MAX_ID_CHARS) throw new UncheckableRequest('A media id in the body is too long.')
    }
    if (inString) {
      if (keyText !== undefined) keyText = keyText.length > MAX_KEY_CHARS ? keyText : keyText + char
      if (escaped) escaped = false
      else if (char === '\\') escaped = true
      else if (char === '"') {
        inString = false
        if (keyText !== undefined) {
          lastKey = keyText.length > MAX_KEY_CHARS ? undefined : decodeKey(`"${keyText}`)
          keyText = undefined
        }
      }
      return
    }
    switch (char) {
      case '"':
        inString = true
        keyText = expectKey && capture === undefined ? '' : undefined
        expectKey = false
        return
      case '{':
      case '[':
        open.push(char === '{')
        expectKey = char === '{'
        return
      case '}':
      case ']':
        open.pop()
        return
      case ',':
        expectKey = open.at(-1) === true
        return
      case ':':
        if (capture === undefined && lastKey !== undefined && MEDIA_ID_NAMES.has(lastKey)) {
          capture = ''
          captureDepth = open.length
        }
        lastKey = undefined
        return
      default:
    }
  }

  return {
    write(chunk) {
      for (const char of chunk) step(char)
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

function decodeKey(quoted: string): string | undefined {
  try {
    const key: unknown = JSON.parse(quoted)
    return typeof key === 'string' ? key : undefined
  } catch {
    return undefined
  }
}
