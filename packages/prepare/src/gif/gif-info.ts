import { u16le, u8 } from '../bytes/binary'

/** What X's GIF rules are about: the canvas size and the number of frames. */
export interface GifInfo {
  width: number
  height: number
  frames: number
}

const colorTableBytes = (packed: number): number => (packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0)

function skipSubBlocks(bytes: Uint8Array, position: number): number {
  let at = position
  while (at < bytes.length) {
    const length = u8(bytes, at)
    at += 1 + length
    if (length === 0) return at
  }
  return bytes.length
}

/**
 * Reads a GIF's logical screen size and counts its frames by walking the block structure
 * (no pixel is decoded). A truncated file counts the frames it holds.
 */
export function readGifInfo(bytes: Uint8Array): GifInfo {
  const info: GifInfo = { width: u16le(bytes, 6), height: u16le(bytes, 8), frames: 0 }
  let at = 13 + colorTableBytes(u8(bytes, 10))
  while (at < bytes.length) {
    const block = u8(bytes, at)
    if (block === 0x21) {
      at = skipSubBlocks(bytes, at + 2)
    } else if (block === 0x2c) {
      info.frames += 1
      at = skipSubBlocks(bytes, at + 10 + colorTableBytes(u8(bytes, at + 9)) + 1)
    } else {
      break // trailer (0x3b) or bytes that are not GIF blocks
    }
  }
  return info
}
