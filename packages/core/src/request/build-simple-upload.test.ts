import { describe, expect, it } from 'vitest'
import { resolveEndpoint } from '../endpoints'
import { thrownBy } from '../../test/test-errors'
import { MB } from '../file/limits'
import { buildSimpleUpload } from './build-simple-upload'

const v1 = resolveEndpoint({ dialect: 'v1.1' })
const v2 = resolveEndpoint({ dialect: 'v2' })
const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' })

function formOf(body: unknown): FormData {
  expect(body).toBeInstanceOf(FormData)
  return body as FormData
}

describe('buildSimpleUpload', () => {
  it('sends v1.1 media as raw multipart bytes with category and comma-separated owners', async () => {
    const built = buildSimpleUpload(v1, { media: png, mediaCategory: 'tweet_image', additionalOwners: ['12', '34'] })
    expect(built.method).toBe('POST')
    expect(built.url).toBe('https://upload.twitter.com/1.1/media/upload.json')
    expect(built.headers).toEqual({})
    const form = formOf(built.body)
    expect([...form.keys()]).toEqual(['media_category', 'additional_owners', 'media'])
    expect(form.get('media_category')).toBe('tweet_image')
    expect(form.get('additional_owners')).toBe('12,34')
    const media = form.get('media') as Blob
    expect(new Uint8Array(await media.arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))
  })

  it('sends v1.1 base64 as the media_data field and leaves out absent options', () => {
    const form = formOf(buildSimpleUpload(v1, { media: { base64: 'iVBORw==' } }).body)
    expect([...form.entries()]).toEqual([['media_data', 'iVBORw==']])
  })

  it('sends a v2 Blob as multipart to the one-shot upload path', () => {
    const built = buildSimpleUpload(v2, { media: png, mediaCategory: 'tweet_gif' })
    expect(built.method).toBe('POST')
    expect(built.url).toBe('https://api.x.com/2/media/upload')
    expect(built.headers).toEqual({})
    const form = formOf(built.body)
    expect([...form.keys()]).toEqual(['media_category', 'media'])
    expect(form.get('media_category')).toBe('tweet_gif')
  })

  it('sends v2 base64 as a JSON body, owners as an array', () => {
    const built = buildSimpleUpload(v2, { media: { base64: 'iVBORw==' }, mediaCategory: 'tweet_image', additionalOwners: ['7'] })
    expect(built.headers).toEqual({ 'content-type': 'application/json' })
    expect(JSON.parse(built.body as string)).toEqual({
      media: 'iVBORw==',
      media_category: 'tweet_image',
      additional_owners: ['7'],
    })
  })

  it('sends requests to the configured proxy instead of X', () => {
    const proxy = resolveEndpoint({ dialect: 'v2', baseUrl: '/api/x/' })
    expect(buildSimpleUpload(proxy, { media: png }).url).toBe('/api/x/2/media/upload')
  })

  it.each([
    ['an empty Blob', { media: new Blob([]) }],
    ['invalid base64', { media: { base64: 'not base64!' } }],
    ['a number as media', { media: 42 }],
    ['an unknown category', { media: png, mediaCategory: 'TweetImage' }],
    ['a numeric owner id', { media: png, additionalOwners: [12] }],
    ['over 100 owners', { media: png, additionalOwners: Array.from({ length: 101 }, (_, i) => String(i)) }],
  ])('refuses %s with invalid-argument', (_name, params) => {
    expect(() => buildSimpleUpload(v2, params as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }))
  })

  it('refuses media over 5 MB in v1.1 (images only) but accepts up to 15 MB in v2', () => {
    const six = new Blob([new Uint8Array(6 * MB)])
    expect(thrownBy(() => buildSimpleUpload(v1, { media: six })).code).toBe('invalid-argument')
    expect(buildSimpleUpload(v2, { media: six }).method).toBe('POST')
  })
})
