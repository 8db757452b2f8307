/**
 * The first index of `needle` in `haystack` at or after `from`, or -1 (Boyer–Moore–Horspool):
 * linear in practice, and fast on inputs built to be slow (a body of dashes against a
 * `--boundary`), where a string search is not.
 */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  const last = needle.length - 1
  if (last < 0) return from
  const shift = new Int32Array(256).fill(needle.length)
  for (let i = 0; i < last; i++) shift[needle[i] as number] = last - i
  const lastByte = needle[last]
  const end = haystack.length - last
  let at = from
  while (at < end) {
    const byte = haystack[at + last] as number
    if (byte === lastByte) {
      let i = last - 1
      while (i >= 0 && haystack[at + i] === needle[i]) i--
      if (i < 0) return at
    }
    at += shift[byte] as number
  }
  return -1
}

/** `a` followed by `b`, in one array. */
export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b
  const joined = new Uint8Array(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
}

const utf8 = new TextDecoder()

/** UTF-8 bytes as text (invalid sequences become U+FFFD: such text can never equal an id or a key). */
export const bytesToText = (bytes: Uint8Array): string => utf8.decode(bytes)
