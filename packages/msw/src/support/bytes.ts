type Base64Decoder = (text: string) => Uint8Array
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: Base64Decoder }).fromBase64

const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * Decodes standard base64 (whitespace ignored), or returns `undefined` when the text is
 * not base64: X answers such a `media_data` with a 400, so the caller needs to know.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  const compact = text.replace(/\s+/g, '')
  if (compact.length % 4 !== 0 || !BASE64_PATTERN.test(compact)) return undefined
  if (nativeFromBase64) return nativeFromBase64(compact)
  const binary = atob(compact)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Joins segments into one array in a single copy (no repeated concatenation). */
export function concatBytes(parts: readonly Uint8Array[], totalLength: number): Uint8Array {
  const out = new Uint8Array(totalLength)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.byteLength
  }
  return out
}

/** Bytes as they arrived: a list of chunks, read in order, never copied to be joined. */
export type ByteParts = readonly Uint8Array[]

/** Total length of some parts. */
export function partsLength(parts: ByteParts): number {
  let length = 0
  for (const part of parts) length += part.byteLength
  return length
}

/** The parts as one array: the only part itself, or one copy of them all. */
export function joinParts(parts: ByteParts): Uint8Array {
  return parts.length === 1 && parts[0] ? parts[0] : concatBytes(parts, partsLength(parts))
}
