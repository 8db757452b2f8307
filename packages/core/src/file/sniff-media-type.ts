import type { MediaKind } from '../types'
import { isAnimatedGif } from './sniff-gif-animation'

/** The file types X accepts in a post. */
export type SupportedMediaType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'video/mp4' | 'video/quicktime'

/** What the bytes of a file say it is. */
export interface SniffedType {
  mediaType: SupportedMediaType
  /** `'gif'` only for an animated GIF: a still GIF is posted as an image. */
  kind: MediaKind
}

/** Bytes read from the start of the file; enough for every signature and an `ftyp` box. */
const HEAD_BYTES = 64

// ISO base media brands. Audio-only and still-image brands share the container with video,
// so a major brand from this list rules the file out even if video brands are compatible.
const NOT_VIDEO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif', 'avis', 'crx '])
const VIDEO_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'M4VH', 'M4VP', 'mmp4', 'dash', 'f4v ', '3gp4', '3gp5', '3gp6', '3g2a', 'MSNV', 'XAVC', 'qt  '])
// QuickTime files older than `ftyp` start directly with one of these atoms.
const QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free'])

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end))
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte)
}

function sniffIsoMedia(head: Uint8Array): SupportedMediaType | undefined {
  const boxType = ascii(head, 4, 8)
  if (boxType !== 'ftyp') return QUICKTIME_ATOMS.has(boxType) ? 'video/quicktime' : undefined
  const boxSize = ((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0)
  const major = ascii(head, 8, 12)
  if (major === 'qt  ') return 'video/quicktime'
  if (NOT_VIDEO_BRANDS.has(major)) return undefined
  if (VIDEO_BRANDS.has(major)) return 'video/mp4'
  // Compatible brands follow the 4-byte minor version, up to the end of the box.
  for (let at = 16; at + 4 <= Math.min(boxSize, head.length); at += 4) {
    if (VIDEO_BRANDS.has(ascii(head, at, at + 4))) return 'video/mp4'
  }
  return undefined
}

function sniffHead(head: Uint8Array): SupportedMediaType | undefined {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  const six = ascii(head, 0, 6)
  if (six === 'GIF87a' || six === 'GIF89a') return 'image/gif'
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp'
  return head.length >= 12 ? sniffIsoMedia(head) : undefined
}

function kindOf(mediaType: SupportedMediaType, animated: boolean): MediaKind {
  if (mediaType.startsWith('video/')) return 'video'
  return mediaType === 'image/gif' && animated ? 'gif' : 'image'
}

/**
 * The real type of a file, from its first bytes: JPEG, PNG, GIF, WEBP, MP4 or MOV, or
 * `undefined` for anything else. The name and declared `type` are ignored, so a renamed
 * file is caught. For GIFs the block structure is walked (a window at a time) up to the
 * second frame to tell animated from still.
 */
export async function sniffMediaType(blob: Blob): Promise<SniffedType | undefined> {
  const head = new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer())
  const mediaType = sniffHead(head)
  if (mediaType === undefined) return undefined
  const animated = mediaType === 'image/gif' && (await isAnimatedGif(blob))
  return { mediaType, kind: kindOf(mediaType, animated) }
}
