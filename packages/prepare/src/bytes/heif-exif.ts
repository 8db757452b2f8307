import { ascii } from './binary'
import { readExifFacts, type ExifFacts } from './exif'

/**
 * The EXIF facts of a HEIF/HEIC file: its `Exif` item holds a TIFF block, found here by its
 * `Exif\0\0` marker and TIFF header (the item's place needs no box walk for that).
 */
export function findHeifExif(bytes: Uint8Array): ExifFacts | undefined {
  for (let at = bytes.indexOf(0x45); at !== -1 && at + 14 < bytes.length; at = bytes.indexOf(0x45, at + 1)) {
    if (ascii(bytes, at, at + 6) !== 'Exif\0\0') continue
    const tiff = ascii(bytes, at + 6, at + 10)
    if (tiff === 'MM\0*' || tiff === 'II*\0') return readExifFacts(bytes.subarray(at + 6))
  }
  return undefined
}
