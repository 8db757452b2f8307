import { describe, expect, it } from 'vitest'
import { containsText, fixtureBytes } from '../../test/fixtures'
import { concatBytes } from './binary'
import { readExifFacts } from './exif'
import { stripJpegMetadata } from './jpeg-metadata'

/** The compressed image data: everything from the first SOS marker on. */
const scanOf = (bytes: Uint8Array): Uint8Array => bytes.subarray(Buffer.from(bytes).indexOf(Buffer.from([0xff, 0xda])))

/** The TIFF block of the first `Exif\0\0` APP1 segment, or undefined. */
function exifOf(bytes: Uint8Array): Uint8Array | undefined {
  const at = Buffer.from(bytes).indexOf('Exif\0\0', 0, 'latin1')
  return at === -1 ? undefined : bytes.subarray(at + 6)
}

describe('stripJpegMetadata', () => {
  const photo = fixtureBytes('photo-12mp-gps-orientation6.jpg')

  it('takes out GPS, camera EXIF and XMP, keeps only the orientation, and leaves the image data byte for byte', () => {
    expect(readExifFacts(exifOf(photo) ?? new Uint8Array())).toMatchObject({ orientation: 6, hasGps: true, onlyOrientation: false })

    const cleaned = stripJpegMetadata(photo)

    expect(cleaned).toMatchObject({ removed: true, hadGps: true, orientation: 6 })
    expect(readExifFacts(exifOf(cleaned.bytes) ?? new Uint8Array())).toEqual({ orientation: 6, hasGps: false, onlyOrientation: true })
    for (const text of ['GPS', 'FixtureCam', 'http://ns.adobe.com/xap', 'Fixture']) expect(containsText(cleaned.bytes, text)).toBe(false)
    expect(Buffer.from(scanOf(cleaned.bytes)).equals(Buffer.from(scanOf(photo)))).toBe(true)
    expect(cleaned.bytes.length).toBeLessThan(photo.length)
  })

  it('returns an upright photo without metadata untouched (the same bytes)', () => {
    const once = stripJpegMetadata(photo).bytes
    // The cleaned photo without its orientation segment (it starts 4 bytes before "Exif").
    const segment = Buffer.from(once).indexOf('Exif\0\0', 0, 'latin1') - 4
    const length = 2 + (((once[segment + 2] ?? 0) << 8) | (once[segment + 3] ?? 0))
    const upright = concatBytes([once.subarray(0, segment), once.subarray(segment + length)])
    const result = stripJpegMetadata(upright)
    expect(result.removed).toBe(false)
    expect(result.bytes).toBe(upright)
  })

  it('leaves a cleaned photo as it is: cleaning twice changes nothing more', () => {
    const once = stripJpegMetadata(photo).bytes
    const twice = stripJpegMetadata(once)
    expect(twice).toMatchObject({ removed: false, orientation: 1 })
    expect(twice.bytes).toBe(once)
  })

  it('drops bytes after the end of the image (trailing pictures and vendor blocks)', () => {
    const trailer = new TextEncoder().encode('MPF trailing thumbnail with GPS')
    const cleaned = stripJpegMetadata(concatBytes([photo, trailer]))
    expect(containsText(cleaned.bytes, 'trailing thumbnail')).toBe(false)
    expect(cleaned.bytes.at(-1)).toBe(0xd9)
  })

  it('gives back input that is not a well-formed JPEG unchanged', () => {
    for (const bytes of [new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]), new Uint8Array(10), photo.subarray(0, 5000)]) {
      const result = stripJpegMetadata(bytes as Uint8Array<ArrayBuffer>)
      expect(result).toMatchObject({ removed: false })
      expect(result.bytes).toBe(bytes)
    }
  })
})
