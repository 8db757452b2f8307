/** What a stored photo still tells about where and with what it was taken. */
export interface PhotoMetadata {
  /** An EXIF block (JPEG APP1 `Exif`, PNG `eXIf`, WebP `EXIF`) with more than the orientation. */
  exif: boolean
  /** A GPS position: an EXIF GPS IFD, or GPS fields in XMP. */
  gps: boolean
  /** XMP, IPTC or PNG text chunks. */
  otherMetadata: boolean
}

const text = (bytes: Uint8Array, start: number, end: number): string =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)))
const u16 = (b: Uint8Array, at: number, little: boolean): number =>
  little ? (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) : ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0)
const u32 = (b: Uint8Array, at: number, little: boolean): number =>
  little ? u16(b, at, true) + u16(b, at + 2, true) * 65_536 : u16(b, at, false) * 65_536 + u16(b, at + 2, false)

/** IFD0 tags of a TIFF block: GPS pointer (0x8825) and whether anything but orientation (0x0112) is there. */
function readTiff(tiff: Uint8Array, found: PhotoMetadata): void {
  const little = tiff[0] === 0x49
  const ifd = u32(tiff, 4, little)
  const count = u16(tiff, ifd, little)
  for (let entry = 0; entry < count && ifd + 2 + entry * 12 + 12 <= tiff.length; entry++) {
    const tag = u16(tiff, ifd + 2 + entry * 12, little)
    if (tag === 0x8825) found.gps = true
    if (tag !== 0x0112) found.exif = true
  }
}

const GPS_IN_XMP = /GPS(Latitude|Longitude)/

function scanJpeg(bytes: Uint8Array, found: PhotoMetadata): void {
  let at = 2
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] ?? 0
    if (marker === 0xda || marker === 0xd9) return
    const length = u16(bytes, at + 2, false)
    const payload = bytes.subarray(at + 4, at + 2 + length)
    if (marker === 0xe1 && text(payload, 0, 6) === 'Exif\0\0') readTiff(payload.subarray(6), found)
    else if (marker === 0xe1 || marker === 0xed) {
      found.otherMetadata = true
      if (GPS_IN_XMP.test(text(payload, 0, payload.length))) found.gps = true
    }
    at += 2 + length
  }
}

function scanPng(bytes: Uint8Array, found: PhotoMetadata): void {
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = u32(bytes, at, false)
    const type = text(bytes, at + 4, at + 8)
    const data = bytes.subarray(at + 8, at + 8 + length)
    if (type === 'eXIf') readTiff(data, found)
    else if (type === 'tEXt' || type === 'iTXt' || type === 'zTXt') {
      found.otherMetadata = true
      if (GPS_IN_XMP.test(text(data, 0, data.length))) found.gps = true
    }
    at += 12 + length
  }
}

function scanWebp(bytes: Uint8Array, found: PhotoMetadata): void {
  for (let at = 12; at + 8 <= bytes.length; ) {
    const type = text(bytes, at, at + 4)
    const length = u32(bytes, at + 4, true)
    const data = bytes.subarray(at + 8, at + 8 + length)
    if (type === 'EXIF') readTiff(text(data, 0, 6) === 'Exif\0\0' ? data.subarray(6) : data, found)
    else if (type === 'XMP ') {
      found.otherMetadata = true
      if (GPS_IN_XMP.test(text(data, 0, data.length))) found.gps = true
    }
    at += 8 + length + (length % 2)
  }
}

/**
 * What metadata a stored JPEG, PNG or WebP still holds, read from its bytes; `undefined`
 * for other media. Lets tests show that no photo reached "X" with a GPS position.
 */
export function readPhotoMetadata(bytes: Uint8Array): PhotoMetadata | undefined {
  const found: PhotoMetadata = { exif: false, gps: false, otherMetadata: false }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) scanJpeg(bytes, found)
  else if (text(bytes, 1, 4) === 'PNG') scanPng(bytes, found)
  else if (text(bytes, 0, 4) === 'RIFF' && text(bytes, 8, 12) === 'WEBP') scanWebp(bytes, found)
  else return undefined
  return found
}
