import { describe, expect, it } from 'vitest'
import { containsText } from '../../test/fixtures'
import { ascii, concatBytes, crc32, u32be } from './binary'
import { orientationOnlyTiff, readExifFacts } from './exif'
import { stripPngMetadata } from './png-metadata'

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const body = concatBytes([new TextEncoder().encode(type), data])
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  out.set(body, 4)
  view.setUint32(8 + data.length, crc32(body))
  return out
}

/** A 1×1 PNG with the given chunks between IHDR and IDAT. */
function png(...extra: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])
  const idat = new Uint8Array([0x78, 0x9c, 0x63, 0x60, 0x00, 0x02, 0x00, 0x00, 0x05, 0x00, 0x01])
  return concatBytes([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), ...extra, chunk('IDAT', idat), chunk('IEND', new Uint8Array())])
}

/** Chunk types in order, each with a checked CRC. */
function chunkTypes(bytes: Uint8Array): string[] {
  const types: string[] = []
  for (let at = 8; at < bytes.length; ) {
    const length = u32be(bytes, at)
    expect(crc32(bytes.subarray(at + 4, at + 8 + length))).toBe(u32be(bytes, at + 8 + length))
    types.push(ascii(bytes, at + 4, at + 8))
    at += 12 + length
  }
  return types
}

/** A TIFF block with orientation 8 and a GPS IFD pointer. */
function exifWithGps(): Uint8Array {
  const tiff = orientationOnlyTiff(8).slice()
  const view = new DataView(tiff.buffer)
  const withGps = new Uint8Array(tiff.length + 12)
  withGps.set(tiff.subarray(0, 22))
  const out = new DataView(withGps.buffer)
  out.setUint16(8, 2)
  out.setUint16(22, 0x8825)
  out.setUint16(24, 4)
  out.setUint32(26, 1)
  out.setUint32(30, 0)
  expect(view.getUint16(10)).toBe(0x0112)
  return withGps
}

describe('stripPngMetadata', () => {
  it('removes text, XMP, EXIF and time chunks, keeps the orientation in a minimal eXIf with valid CRCs', () => {
    const text = new TextEncoder()
    const source = png(
      chunk('tEXt', text.encode('Comment\0shot at home')),
      chunk('iTXt', text.encode('XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta exif:GPSLatitude="48,51N"/>')),
      chunk('eXIf', exifWithGps()),
      chunk('tIME', new Uint8Array([7, 234, 12, 3, 10, 0, 0])),
      chunk('pHYs', new Uint8Array(9)),
    )
    expect(readExifFacts(exifWithGps())).toMatchObject({ orientation: 8, hasGps: true })

    const cleaned = stripPngMetadata(source)

    expect(cleaned).toMatchObject({ removed: true, hadGps: true, orientation: 8 })
    expect(chunkTypes(cleaned.bytes)).toEqual(['IHDR', 'pHYs', 'eXIf', 'IDAT', 'IEND'])
    expect(containsText(cleaned.bytes, 'shot at home')).toBe(false)
    expect(containsText(cleaned.bytes, 'GPSLatitude')).toBe(false)
    // Cleaning the cleaned file again changes nothing.
    expect(stripPngMetadata(cleaned.bytes)).toMatchObject({ removed: false, bytes: cleaned.bytes })
  })

  it('leaves a PNG without metadata untouched and refuses nothing it cannot parse', () => {
    const plain = png(chunk('pHYs', new Uint8Array(9)))
    expect(stripPngMetadata(plain).bytes).toBe(plain)
    const truncated = plain.subarray(0, 30) as Uint8Array<ArrayBuffer>
    expect(stripPngMetadata(truncated)).toMatchObject({ removed: false, bytes: truncated })
  })
})
