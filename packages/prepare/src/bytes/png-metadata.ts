import { ascii, concatBytes, crc32, u32be } from './binary'
import { orientationOnlyTiff, readExifFacts, xmpHasGps } from './exif'
import type { MetadataCleanup } from './metadata-cleanup'

const SIGNATURE_BYTES = 8
// Text (tEXt, zTXt, iTXt: XMP lives in iTXt), EXIF (eXIf) and the modification time (tIME).
const METADATA_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME'])

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const typeAndData = concatBytes([new TextEncoder().encode(type), data])
  const head = new Uint8Array(4)
  new DataView(head.buffer).setUint32(0, data.length)
  const crc = new Uint8Array(4)
  new DataView(crc.buffer).setUint32(0, crc32(typeAndData))
  return concatBytes([head, typeAndData, crc])
}

/**
 * Removes text, XMP, EXIF and time chunks from a PNG (APNG too) without touching the image
 * data. An EXIF orientation other than upright is kept in a minimal `eXIf` chunk. Input
 * that is not a well-formed PNG comes back unchanged with `removed: false`.
 */
export function stripPngMetadata(bytes: Uint8Array<ArrayBuffer>): MetadataCleanup {
  const unchanged: MetadataCleanup = { bytes, removed: false, hadGps: false, orientation: 1 }
  if (ascii(bytes, 1, 4) !== 'PNG') return unchanged
  const kept: Uint8Array[] = [bytes.subarray(0, SIGNATURE_BYTES)]
  let removed = false
  let hadGps = false
  let orientation = 1
  let at = SIGNATURE_BYTES
  while (at + 12 <= bytes.length) {
    const length = u32be(bytes, at)
    const type = ascii(bytes, at + 4, at + 8)
    const end = at + 12 + length
    if (end > bytes.length) return unchanged
    const data = bytes.subarray(at + 8, at + 8 + length)
    const keptOrientation = type === 'eXIf' && readExifFacts(data).onlyOrientation
    if (keptOrientation) {
      kept.push(bytes.subarray(at, end)) // what a cleaned PNG keeps
    } else if (METADATA_CHUNKS.has(type)) {
      removed = true
      if (type === 'eXIf') {
        const facts = readExifFacts(data)
        hadGps ||= facts.hasGps
        orientation = facts.orientation
      } else if (type !== 'tIME') {
        hadGps ||= xmpHasGps(ascii(data, 0, data.length))
      }
    } else {
      // The orientation goes back just before the image data, where eXIf may stand.
      if (type === 'IDAT' && orientation !== 1 && !kept.some((part) => ascii(part, 4, 8) === 'eXIf')) {
        kept.push(chunk('eXIf', orientationOnlyTiff(orientation)))
      }
      kept.push(bytes.subarray(at, end))
    }
    at = end
    if (type === 'IEND') break
  }
  if (!removed) return unchanged
  return { bytes: concatBytes(kept), removed, hadGps, orientation }
}
