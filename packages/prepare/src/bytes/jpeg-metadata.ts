import { ascii, concatBytes, u16be, u8 } from './binary'
import { orientationOnlyTiff, readExifFacts, xmpHasGps } from './exif'
import type { MetadataCleanup } from './metadata-cleanup'

const SOI = 0xd8
const EOI = 0xd9
const SOS = 0xda
const APP0 = 0xe0
const APP1 = 0xe1
const APP2 = 0xe2
const APP14 = 0xee
const COM = 0xfe

/**
 * Segments kept: JFIF (APP0), the ICC colour profile (APP2 `ICC_PROFILE`) and Adobe's colour
 * transform (APP14), which change how pixels look. Everything else in APPn and COM is
 * metadata: EXIF, XMP, IPTC (APP13), MPF and vendor blocks with their thumbnails.
 */
function keepsSegment(marker: number, payload: Uint8Array): boolean {
  if (marker === APP0 || marker === APP14) return true
  if (marker === APP2) return ascii(payload, 0, 12) === 'ICC_PROFILE\0'
  return !(marker > APP0 && marker <= 0xef) && marker !== COM
}

/** Position just after the entropy-coded data that starts at `at`: the next real marker. */
function skipEntropyData(bytes: Uint8Array, at: number): number {
  let position = at
  while (position + 1 < bytes.length) {
    if (bytes[position] === 0xff) {
      const next = u8(bytes, position + 1)
      // 0xFF00 is a stuffed byte, RST0–7 sit inside the scan, 0xFFFF is fill.
      if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) return position
    }
    position += 1
  }
  return bytes.length
}

/** An APP1 `Exif\0\0` segment whose TIFF block holds only the orientation. */
function orientationSegment(orientation: number): Uint8Array<ArrayBuffer> {
  const tiff = orientationOnlyTiff(orientation)
  const length = 2 + 6 + tiff.length
  return concatBytes([new Uint8Array([0xff, APP1, length >> 8, length & 0xff]), new TextEncoder().encode('Exif\0\0'), tiff])
}

/**
 * Removes EXIF, XMP, IPTC, comments and embedded thumbnails/extra pictures from a JPEG
 * without touching the image data (no re-encoding, no loss). An orientation other than
 * upright is kept in a minimal EXIF block, so the photo displays the same way up.
 * Bytes after the image's end marker (MPF pictures, vendor trailers) are dropped too.
 * Input that is not a well-formed JPEG comes back unchanged with `removed: false`.
 */
export function stripJpegMetadata(bytes: Uint8Array<ArrayBuffer>): MetadataCleanup {
  const unchanged: MetadataCleanup = { bytes, removed: false, hadGps: false, orientation: 1 }
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return unchanged
  const kept: Uint8Array[] = [bytes.subarray(0, 2)]
  let removed = false
  let hadGps = false
  let orientation = 1
  let at = 2
  let ended = false
  while (at + 2 <= bytes.length) {
    if (bytes[at] !== 0xff) return unchanged
    const marker = u8(bytes, at + 1)
    if (marker === 0xff) {
      at += 1 // fill byte before a marker
      continue
    }
    if (marker === EOI) {
      kept.push(bytes.subarray(at, at + 2))
      ended = true
      break
    }
    const length = u16be(bytes, at + 2)
    if (length < 2 || at + 2 + length > bytes.length) return unchanged
    const payload = bytes.subarray(at + 4, at + 2 + length)
    const exif = marker === APP1 && ascii(payload, 0, 6) === 'Exif\0\0' ? readExifFacts(payload.subarray(6)) : undefined
    if (exif?.onlyOrientation) {
      // What a cleaned photo keeps: put back as it is after the loop, not counted as removed.
      orientation = exif.orientation
    } else if (keepsSegment(marker, payload)) {
      kept.push(bytes.subarray(at, at + 2 + length))
    } else {
      removed = true
      if (exif !== undefined) {
        hadGps ||= exif.hasGps
        orientation = exif.orientation
      } else if (marker === APP1 || marker === 0xed) {
        hadGps ||= xmpHasGps(ascii(payload, 0, payload.length))
      }
    }
    at += 2 + length
    if (marker === SOS) {
      const scanEnd = skipEntropyData(bytes, at)
      kept.push(bytes.subarray(at, scanEnd))
      at = scanEnd
    }
  }
  if (!ended) return unchanged
  if (at + 2 < bytes.length) removed = true // a trailer after the end marker
  if (!removed) return unchanged
  // The minimal EXIF goes right after SOI (and after JFIF's APP0 when there is one).
  if (orientation !== 1) {
    const afterJfif = kept[1] !== undefined && u8(kept[1], 1) === APP0 ? 2 : 1
    kept.splice(afterJfif, 0, orientationSegment(orientation))
  }
  return { bytes: concatBytes(kept), removed, hadGps, orientation }
}
