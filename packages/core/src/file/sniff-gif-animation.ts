import { BlobReader } from './blob-reader'

const EXTENSION = 0x21
const IMAGE_DESCRIPTOR = 0x2c

/** Position after a chain of GIF data sub-blocks (each length-prefixed, ended by a 0). */
async function skipSubBlocks(reader: BlobReader, position: number): Promise<number | undefined> {
  let at = position
  for (;;) {
    const length = await reader.byteAt(at)
    if (length === undefined) return undefined
    at += 1
    if (length === 0) return at
    at += length
  }
}

/** Bytes taken by a colour table whose presence and size sit in a GIF "packed" byte. */
function colorTableBytes(packed: number): number {
  return packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0
}

/**
 * True when a GIF holds more than one frame. Walks the block structure and stops at the
 * second image descriptor, so for an animated GIF only the first frame is read; a
 * truncated or malformed file counts as still.
 */
export async function isAnimatedGif(blob: Blob): Promise<boolean> {
  const reader = new BlobReader(blob)
  const screenPacked = await reader.byteAt(10)
  if (screenPacked === undefined) return false
  let position: number | undefined = 13 + colorTableBytes(screenPacked)
  let frames = 0
  while (position !== undefined) {
    const block = await reader.byteAt(position)
    if (block === EXTENSION) {
      position = await skipSubBlocks(reader, position + 2)
    } else if (block === IMAGE_DESCRIPTOR) {
      frames += 1
      if (frames > 1) return true
      const imagePacked = await reader.byteAt(position + 9)
      if (imagePacked === undefined) return false
      // 10 descriptor bytes, the local colour table, 1 byte of LZW minimum code size.
      position = await skipSubBlocks(reader, position + 10 + colorTableBytes(imagePacked) + 1)
    } else {
      return false // trailer (0x3b), end of file, or bytes that are not GIF blocks
    }
  }
  return false
}
