/** What X reports about an uploaded image: `image: { image_type, w, h }`. */
export interface ImageInfo {
  imageType: string
  w: number
  h: number
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  signature.every((value, i) => bytes[offset + i] === value)

const uint16be = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0)
const uint16le = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8)
const uint24le = (b: Uint8Array, at: number): number => uint16le(b, at) | ((b[at + 2] ?? 0) << 16)
const uint32be = (b: Uint8Array, at: number): number => uint16be(b, at) * 65536 + uint16be(b, at + 2)

function jpegSize(bytes: Uint8Array): { w: number; h: number } {
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) break
    const marker = bytes[at + 1] ?? 0
    const length = uint16be(bytes, at + 2)
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { h: uint16be(bytes, at + 5), w: uint16be(bytes, at + 7) }
    }
    at += 2 + length
  }
  return { w: 0, h: 0 }
}

function webpSize(bytes: Uint8Array): { w: number; h: number } {
  if (startsWith(bytes, [0x56, 0x50, 0x38, 0x58], 12)) {
    return { w: uint24le(bytes, 24) + 1, h: uint24le(bytes, 27) + 1 }
  }
  if (startsWith(bytes, [0x56, 0x50, 0x38, 0x4c], 12)) {
    const bits = uint16le(bytes, 21) + uint16le(bytes, 23) * 65536
    return { w: (bits & 0x3fff) + 1, h: ((bits >>> 14) & 0x3fff) + 1 }
  }
  return { w: uint16le(bytes, 26) & 0x3fff, h: uint16le(bytes, 28) & 0x3fff }
}

/**
 * Recognises JPEG, PNG, GIF and WebP by their first bytes and reads the dimensions;
 * `undefined` for anything else (the simple upload refuses it as X does).
 */
export function sniffImage(bytes: Uint8Array): ImageInfo | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { imageType: 'image/png', w: uint32be(bytes, 16), h: uint32be(bytes, 20) }
  }
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) {
    return { imageType: 'image/gif', w: uint16le(bytes, 6), h: uint16le(bytes, 8) }
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return { imageType: 'image/jpeg', ...jpegSize(bytes) }
  }
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return { imageType: 'image/webp', ...webpSize(bytes) }
  }
  return undefined
}
