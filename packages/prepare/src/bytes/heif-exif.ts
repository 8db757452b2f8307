import { ascii, u32be, u32le } from './binary'
import { readExifFacts, type ExifFacts } from './exif'

/**
 * The EXIF facts of a HEIF/HEIC file. Its `Exif` item (in `mdat`) holds a TIFF block after
 * a 4-byte offset, sometimes after `Exif\0\0` too; it is found by its TIFF header (byte
 * order, 42, first IFD at 8), which needs no walk through the item boxes.
 */
export function findHeifExif(bytes: Uint8Array): ExifFacts | undefined {
  if (!bytes.includes(0x2a)) return undefined
  for (let at = bytes.indexOf(0x2a); at !== -1; at = bytes.indexOf(0x2a, at + 1)) {
    const start = at - 3
    const order = ascii(bytes, start, start + 4)
    if (order === 'MM\0*' && u32be(bytes, start + 4) === 8) return readExifFacts(bytes.subarray(start))
    if (ascii(bytes, at - 2, at + 2) === 'II*\0' && u32le(bytes, at + 2) === 8) return readExifFacts(bytes.subarray(at - 2))
  }
  return undefined
}
