import { describe, expect, it } from 'vitest'
import { resolveEndpoint } from '../endpoints'
import { buildInit } from './build-init'

const v1 = resolveEndpoint({ dialect: 'v1.1' })
const v2 = resolveEndpoint()

describe('buildInit', () => {
  it('builds a v1.1 urlencoded INIT with every parameter', () => {
    const built = buildInit(v1, {
      totalBytes: 10240,
      mediaType: 'video/mp4',
      mediaCategory: 'tweet_video',
      additionalOwners: ['111', '222'],
      shared: true,
    })
    expect(built.method).toBe('POST')
    expect(built.url).toBe('https://upload.twitter.com/1.1/media/upload.json')
    expect(built.headers).toEqual({ 'content-type': 'application/x-www-form-urlencoded' })
    expect(built.body).toBe(
      'command=INIT&total_bytes=10240&media_type=video%2Fmp4&media_category=tweet_video&additional_owners=111%2C222&shared=true',
    )
  })

  it('leaves optional v1.1 parameters out when not given', () => {
    expect(buildInit(v1, { totalBytes: 1, mediaType: 'image/png' }).body).toBe(
      'command=INIT&total_bytes=1&media_type=image%2Fpng',
    )
  })

  it('builds a v2 JSON initialize with every parameter', () => {
    const built = buildInit(v2, {
      totalBytes: 1048576,
      mediaType: 'video/mp4',
      mediaCategory: 'amplify_video',
      additionalOwners: ['111'],
      shared: false,
    })
    expect(built.method).toBe('POST')
    expect(built.url).toBe('https://api.x.com/2/media/upload/initialize')
    expect(built.headers).toEqual({ 'content-type': 'application/json' })
    expect(JSON.parse(built.body as string)).toEqual({
      media_type: 'video/mp4',
      total_bytes: 1048576,
      media_category: 'amplify_video',
      additional_owners: ['111'],
      shared: false,
    })
  })

  it('sends only the required v2 fields when nothing optional is given', () => {
    expect(JSON.parse(buildInit(v2, { totalBytes: 5, mediaType: 'image/gif' }).body as string)).toEqual({
      media_type: 'image/gif',
      total_bytes: 5,
    })
  })

  it.each([
    ['a negative size', { totalBytes: -1, mediaType: 'video/mp4' }],
    ['a fractional size', { totalBytes: 1.5, mediaType: 'video/mp4' }],
    ['a size as a string', { totalBytes: '10', mediaType: 'video/mp4' }],
    ['a media type that is not MIME', { totalBytes: 10, mediaType: 'mp4' }],
    ['shared as a string', { totalBytes: 10, mediaType: 'video/mp4', shared: 'yes' }],
    ['no parameters at all', undefined],
  ])('refuses %s with invalid-argument', (_name, params) => {
    expect(() => buildInit(v2, params as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }))
  })
})
