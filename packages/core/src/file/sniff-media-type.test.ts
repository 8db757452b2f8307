import { describe, expect, it } from 'vitest'
import { sniffMediaType } from './sniff-media-type'
import { fileOf, gifBytes, isoMediaBytes, JPEG_BYTES, PNG_BYTES, WEBP_BYTES } from '../../test/test-media'

describe('sniffMediaType', () => {
  it.each([
    ['JPEG', JPEG_BYTES, { mediaType: 'image/jpeg', kind: 'image' }],
    ['PNG', PNG_BYTES, { mediaType: 'image/png', kind: 'image' }],
    ['WEBP', WEBP_BYTES, { mediaType: 'image/webp', kind: 'image' }],
    ['a still GIF', gifBytes(1), { mediaType: 'image/gif', kind: 'image' }],
    ['an animated GIF', gifBytes(3), { mediaType: 'image/gif', kind: 'gif' }],
    ['an MP4 (isom)', isoMediaBytes('isom', ['isom', 'iso2', 'avc1', 'mp41']), { mediaType: 'video/mp4', kind: 'video' }],
    ['an MP4 with an unknown major brand but a video compatible brand', isoMediaBytes('abcd', ['mp42']), { mediaType: 'video/mp4', kind: 'video' }],
    ['a MOV (qt brand)', isoMediaBytes('qt  ', ['qt  ']), { mediaType: 'video/quicktime', kind: 'video' }],
    ['a MOV without ftyp', new Uint8Array([0, 0, 0, 8, 0x6d, 0x6f, 0x6f, 0x76, 0, 0, 0, 0]), { mediaType: 'video/quicktime', kind: 'video' }],
  ])('recognises %s from its bytes', async (_name, bytes, expected) => {
    expect(await sniffMediaType(new Blob([bytes as Uint8Array<ArrayBuffer>]))).toEqual(expected)
  })

  it.each([
    ['text', new TextEncoder().encode('hello, this is not an image')],
    ['a HEIC photo (ISO container, image brand)', isoMediaBytes('heic', ['mif1', 'heic'])],
    ['an M4A song (ISO container, audio brand with mp42 compatible)', isoMediaBytes('M4A ', ['M4A ', 'mp42', 'isom'])],
    ['an empty file', new Uint8Array(0)],
    ['a truncated PNG signature', PNG_BYTES.subarray(0, 4)],
  ])('returns undefined for %s', async (_name, bytes) => {
    expect(await sniffMediaType(new Blob([bytes as Uint8Array<ArrayBuffer>]))).toBeUndefined()
  })

  it('believes the bytes, not the name or declared type of a renamed file', async () => {
    const renamed = fileOf(PNG_BYTES, 'holiday.mp4', 'video/mp4')
    expect(await sniffMediaType(renamed)).toEqual({ mediaType: 'image/png', kind: 'image' })
  })

  it('finds the second frame of a GIF whose first frame spans many read windows', async () => {
    expect(await sniffMediaType(new Blob([gifBytes(2, 300_000) as Uint8Array<ArrayBuffer>]))).toEqual({
      mediaType: 'image/gif',
      kind: 'gif',
    })
    expect((await sniffMediaType(new Blob([gifBytes(1, 300_000) as Uint8Array<ArrayBuffer>])))?.kind).toBe('image')
  })

  it('treats a GIF cut off inside its first frame as still', async () => {
    const cut = gifBytes(2, 1000).subarray(0, 500)
    expect((await sniffMediaType(new Blob([cut as Uint8Array<ArrayBuffer>])))?.kind).toBe('image')
  })
})
