import { ascii, u16be, u16le, u24le, u32be, u32le, u8 } from './binary'

/** Picture formats preparation recognises from the first bytes. */
export type PictureType =
  | 'image/jpeg'
  | 'image/png'
  | 'image/gif'
  | 'image/webp'
  | 'image/bmp'
  | 'image/tiff'
  | 'image/heic'
  | 'image/avif'

/** A picture's format and, where the header says, its stored size (before EXIF rotation). */
export interface PictureHeader {
  type: PictureType
  width: number | undefined
  height: number | undefined
}

/** Bytes enough for every signature and the dimensions of JPEG's usual first segments. */
export const HEADER_BYTES = 64 * 1024

const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'])
const AVIF_BRANDS = new Set(['avif', 'avis'])

function jpegSize(b: Uint8Array): [number, number] | undefined {
  let at = 2
  while (at + 9 < b.length && b[at] === 0xff) {
    const marker = u8(b, at + 1)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [u16be(b, at + 7), u16be(b, at + 5)]
    }
    at += 2 + u16be(b, at + 2)
  }
  return undefined
}

function webpSize(b: Uint8Array): [number, number] {
  const format = ascii(b, 12, 16)
  if (format === 'VP8X') return [u24le(b, 24) + 1, u24le(b, 27) + 1]
  if (format === 'VP8L') {
    const bits = u32le(b, 21)
    return [(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1]
  }
  return [u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff]
}

function isoBrandType(b: Uint8Array): PictureType | undefined {
  if (ascii(b, 4, 8) !== 'ftyp') return undefined
  const end = Math.min(u32be(b, 0), b.length)
  const brands = [ascii(b, 8, 12)]
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(b, at, at + 4))
  if (AVIF_BRANDS.has(brands[0] ?? '')) return 'image/avif'
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'image/heic'
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'image/avif'
  return undefined
}

/**
 * The picture format of `head` (the first {@link HEADER_BYTES} of a file) and its size when
 * the header holds it; `undefined` for anything that is not a picture.
 */
export function readPictureHeader(head: Uint8Array): PictureHeader | undefined {
  const header = (type: PictureType, size?: [number, number]): PictureHeader => ({
    type,
    width: size?.[0],
    height: size?.[1],
  })
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return header('image/jpeg', jpegSize(head))
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return header('image/png', [u32be(head, 16), u32be(head, 20)])
  if (ascii(head, 0, 4) === 'GIF8') return header('image/gif', [u16le(head, 6), u16le(head, 8)])
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return header('image/webp', webpSize(head))
  if (ascii(head, 0, 2) === 'BM') return header('image/bmp', [u32le(head, 18), Math.abs(u32le(head, 22) | 0)])
  if (ascii(head, 0, 4) === 'II*\0' || ascii(head, 0, 4) === 'MM\0*') return header('image/tiff')
  const iso = isoBrandType(head)
  return iso === undefined ? undefined : header(iso)
}
