import { u16be, u16le, u32be, u32le } from './binary'

const ORIENTATION_TAG = 0x0112
const GPS_IFD_TAG = 0x8825

/** What the privacy step needs from an EXIF (TIFF) block. */
export interface ExifFacts {
  /** 1–8 as EXIF defines it; 1 (upright) when absent or unreadable. */
  orientation: number
  /** True when the block points to a GPS IFD. */
  hasGps: boolean
  /** True when IFD0 holds the orientation and nothing else (what a cleaned photo keeps). */
  onlyOrientation: boolean
}

/**
 * Reads IFD0 of a TIFF structure (the payload of a JPEG `Exif\0\0` segment or a PNG `eXIf`
 * chunk). Malformed input yields upright, no GPS, never a throw.
 */
export function readExifFacts(tiff: Uint8Array): ExifFacts {
  const facts: ExifFacts = { orientation: 1, hasGps: false, onlyOrientation: false }
  const little = tiff[0] === 0x49 && tiff[1] === 0x49
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return facts
  const u16 = little ? u16le : u16be
  const u32 = little ? u32le : u32be
  const ifd = u32(tiff, 4)
  const count = u16(tiff, ifd)
  let others = 0
  for (let entry = 0; entry < count; entry++) {
    const at = ifd + 2 + entry * 12
    if (at + 12 > tiff.length) break
    const tag = u16(tiff, at)
    if (tag !== ORIENTATION_TAG) others += 1
    if (tag === ORIENTATION_TAG) {
      const value = u16(tiff, at + 8)
      if (value >= 1 && value <= 8) facts.orientation = value
    } else if (tag === GPS_IFD_TAG) {
      facts.hasGps = true
    }
  }
  const nextIfd = u32(tiff, ifd + 2 + count * 12)
  facts.onlyOrientation = count > 0 && others === 0 && nextIfd === 0
  return facts
}

/**
 * A TIFF block holding nothing but the orientation tag: what stays of a photo's EXIF so a
 * losslessly cleaned photo still displays the same way up.
 */
export function orientationOnlyTiff(orientation: number): Uint8Array<ArrayBuffer> {
  // "MM", 42, IFD at 8; one entry: tag 0x0112, SHORT (3), count 1, value; next IFD 0.
  return new Uint8Array([
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08,
    0x00, 0x01,
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation & 0xff, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00,
  ])
}

/** True when XMP text carries a position (exif:GPSLatitude / GPSLongitude). */
export const xmpHasGps = (xmp: string): boolean => /GPS(Latitude|Longitude)/.test(xmp)
