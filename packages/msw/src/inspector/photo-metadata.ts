/** Whether a photo's bytes still carry EXIF, and within it a GPS position. */
export interface PhotoMetadata {
  exif: boolean
  gps: boolean
}

const NONE: PhotoMetadata = { exif: false, gps: false }
/** The TIFF tag of EXIF's GPS directory. */
const GPS_IFD_TAG = 0x8825

const u16 = (b: Uint8Array, at: number, little: boolean): number =>
  little ? (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) : ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0)
const u32 = (b: Uint8Array, at: number, little: boolean): number =>
  little ? u16(b, at, true) + u16(b, at + 2, true) * 65536 : u16(b, at, false) * 65536 + u16(b, at + 2, false)
const ascii = (b: Uint8Array, at: number, text: string): boolean => [...text].every((c, i) => b[at + i] === c.charCodeAt(0))

/** EXIF's TIFF block: GPS when its first directory points to a GPS directory. */
function readTiff(tiff: Uint8Array): PhotoMetadata {
  const little = ascii(tiff, 0, 'II')
  if (!little && !ascii(tiff, 0, 'MM')) return { exif: true, gps: false }
  const ifd = u32(tiff, 4, little)
  const entries = u16(tiff, ifd, little)
  for (let i = 0; i < entries && ifd + 2 + i * 12 + 2 <= tiff.length; i++) {
    if (u16(tiff, ifd + 2 + i * 12, little) === GPS_IFD_TAG) return { exif: true, gps: true }
  }
  return { exif: true, gps: false }
}

const EXIF_HEADER = 'Exif\0\0'

function jpeg(b: Uint8Array): PhotoMetadata {
  let at = 2
  while (at + 4 <= b.length && b[at] === 0xff) {
    const marker = b[at + 1] ?? 0
    // Start of scan or end of image: no metadata segment comes after.
    if (marker === 0xda || marker === 0xd9) break
    const length = u16(b, at + 2, false)
    if (marker === 0xe1 && ascii(b, at + 4, EXIF_HEADER)) return readTiff(b.subarray(at + 10, at + 2 + length))
    at += 2 + length
  }
  return NONE
}

function png(b: Uint8Array): PhotoMetadata {
  let at = 8
  while (at + 8 <= b.length) {
    const length = u32(b, at, false)
    if (ascii(b, at + 4, 'eXIf')) return readTiff(b.subarray(at + 8, at + 8 + length))
    if (ascii(b, at + 4, 'IEND')) break
    at += 12 + length
  }
  return NONE
}

function webp(b: Uint8Array): PhotoMetadata {
  let at = 12
  while (at + 8 <= b.length) {
    const length = u32(b, at + 4, true)
    if (ascii(b, at, 'EXIF')) {
      const data = b.subarray(at + 8, at + 8 + length)
      // Some writers keep JPEG's `Exif\0\0` before the TIFF block.
      return readTiff(ascii(data, 0, EXIF_HEADER) ? data.subarray(6) : data)
    }
    at += 8 + length + (length % 2)
  }
  return NONE
}

/**
 * Reads whether a JPEG, PNG or WebP still holds EXIF and a GPS position (what a client
 * should strip before upload); `undefined` for other formats (GIF carries no EXIF).
 */
export function photoMetadataOf(bytes: Uint8Array): PhotoMetadata | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpeg(bytes)
  if (ascii(bytes, 0, '\x89PNG\r\n\x1a\n')) return png(bytes)
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return webp(bytes)
  if (ascii(bytes, 0, 'GIF8')) return NONE
  return undefined
}
