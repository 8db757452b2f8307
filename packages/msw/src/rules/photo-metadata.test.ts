import { describe, expect, it } from 'vitest'
import { readPhotoMetadata } from './photo-metadata'

/** A big-endian TIFF block with one IFD0 entry per tag. */
function tiff(...tags: number[]): number[] {
  const entries = tags.flatMap((tag) => [tag >> 8, tag & 0xff, 0, 3, 0, 0, 0, 1, 0, 1, 0, 0])
  return [0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, tags.length, ...entries, 0, 0, 0, 0]
}

function jpegWith(app1: number[]): Uint8Array {
  const length = app1.length + 2
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 0xff, ...app1, 0xff, 0xd9])
}

const exif = (...tags: number[]): number[] => [...new TextEncoder().encode('Exif\0\0'), ...tiff(...tags)]

describe('readPhotoMetadata', () => {
  it('sees a GPS position in a JPEG EXIF block', () => {
    expect(readPhotoMetadata(jpegWith(exif(0x0112, 0x010f, 0x8825)))).toEqual({ exif: true, gps: true, otherMetadata: false })
  })

  it('counts an EXIF block that holds only the orientation as no EXIF', () => {
    expect(readPhotoMetadata(jpegWith(exif(0x0112)))).toEqual({ exif: false, gps: false, otherMetadata: false })
  })

  it('sees GPS fields in XMP', () => {
    const xmp = [...new TextEncoder().encode('http://ns.adobe.com/xap/1.0/\0<x exif:GPSLatitude="1"/>')]
    expect(readPhotoMetadata(jpegWith(xmp))).toEqual({ exif: false, gps: true, otherMetadata: true })
  })

  it('reads nothing from media that is not a photo', () => {
    expect(readPhotoMetadata(new TextEncoder().encode('GIF89a...'))).toBeUndefined()
  })
})
