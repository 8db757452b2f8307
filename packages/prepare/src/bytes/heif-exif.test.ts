import { describe, expect, it } from 'vitest'
import { fixtureBytes } from '../../test/fixtures'
import { findHeifExif } from './heif-exif'

describe('findHeifExif', () => {
  it('finds the GPS position in a HEIC made by libheif', () => {
    expect(findHeifExif(fixtureBytes('photo-gps.heic'))).toMatchObject({ orientation: 1, hasGps: true })
  })

  it('finds nothing in a file without a TIFF block', () => {
    expect(findHeifExif(new Uint8Array([0x2a, 0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 9]))).toBeUndefined()
  })
})
