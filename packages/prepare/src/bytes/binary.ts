/** Big- and little-endian readers over a byte array; 0 past the end, never a throw. */
export const u8 = (b: Uint8Array, at: number): number => b[at] ?? 0
export const u16be = (b: Uint8Array, at: number): number => (u8(b, at) << 8) | u8(b, at + 1)
export const u16le = (b: Uint8Array, at: number): number => u8(b, at) | (u8(b, at + 1) << 8)
export const u24le = (b: Uint8Array, at: number): number => u16le(b, at) | (u8(b, at + 2) << 16)
export const u32be = (b: Uint8Array, at: number): number => u16be(b, at) * 65_536 + u16be(b, at + 2)
export const u32le = (b: Uint8Array, at: number): number => u16le(b, at) + u16le(b, at + 2) * 65_536

/** Latin-1 text of `b[start..end)`: for four-character codes and signatures. */
export function ascii(b: Uint8Array, start: number, end: number): string {
  let text = ''
  for (let at = start; at < Math.min(end, b.length); at++) text += String.fromCharCode(u8(b, at))
  return text
}

/** Joins byte arrays into one. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

let crcTable: Uint32Array | undefined

/** CRC-32 (the PNG chunk checksum) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c >>> 0
    }
  }
  let crc = 0xffffffff
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
