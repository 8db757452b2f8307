// A single pass over a JSON object's text that finds the raw token of one top-level key:
// for the v1.1 `media_id`, whose 19 digits a JS number would round. Linear in the text,
// no regular expression over the whole body, so a nested `"media_id"` or one inside a
// string is never taken.

const isWhitespace = (char: string | undefined): boolean => char === ' ' || char === '\t' || char === '\n' || char === '\r'

function skipWhitespace(text: string, index: number): number {
  while (isWhitespace(text[index])) index++
  return index
}

/** Index just past the string that opens at `start` (a `"`), or -1 when it never closes. */
function stringEnd(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index]
    if (char === '\\') index++
    else if (char === '"') return index + 1
  }
  return -1
}

/** Index just past the nested object or array that opens at `start`, or -1. */
function containerEnd(text: string, start: number): number {
  let depth = 0
  for (let index = start; index < text.length; index++) {
    const char = text[index]
    if (char === '"') {
      index = stringEnd(text, index) - 1
      if (index < 0) return -1
    } else if (char === '{' || char === '[') {
      depth++
    } else if (char === '}' || char === ']') {
      depth--
      if (depth === 0) return index + 1
    }
  }
  return -1
}

/** Index just past the value that starts at `start`, or -1. */
function valueEnd(text: string, start: number): number {
  const first = text[start]
  if (first === '"') return stringEnd(text, start)
  if (first === '{' || first === '[') return containerEnd(text, start)
  let index = start
  while (index < text.length && !isWhitespace(text[index]) && text[index] !== ',' && text[index] !== '}' && text[index] !== ']') index++
  return index > start ? index : -1
}

/** The key a string token names, escapes decoded (`"media\u005fid"` is `media_id`, as `JSON.parse` reads it). */
function keyName(token: string): string | undefined {
  if (!token.includes('\\')) return token.slice(1, -1)
  try {
    return JSON.parse(token) as string
  } catch {
    return undefined
  }
}

/**
 * The raw text of `key`'s value in the top-level JSON object `text` (the last one when
 * the key repeats, as `JSON.parse` keeps), such as `1880028106020515841` for
 * `{"media_id":1880028106020515841}`. `undefined` when the key is not at the top level or
 * the text is not a JSON object.
 */
export function topLevelToken(text: string, key: string): string | undefined {
  let index = skipWhitespace(text, 0)
  if (text[index] !== '{') return undefined
  index = skipWhitespace(text, index + 1)
  if (text[index] === '}') return undefined
  let found: string | undefined
  for (;;) {
    if (text[index] !== '"') return undefined
    const nameEnd = stringEnd(text, index)
    if (nameEnd < 0) return undefined
    const name = keyName(text.slice(index, nameEnd))
    index = skipWhitespace(text, nameEnd)
    if (text[index] !== ':') return undefined
    const start = skipWhitespace(text, index + 1)
    const end = valueEnd(text, start)
    if (end < 0) return undefined
    if (name === key) found = text.slice(start, end)
    index = skipWhitespace(text, end)
    if (text[index] === '}') return found
    if (text[index] !== ',') return undefined
    index = skipWhitespace(text, index + 1)
  }
}
