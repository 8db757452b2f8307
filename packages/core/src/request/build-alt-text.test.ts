import { describe, expect, it } from 'vitest'
import { resolveEndpoint } from '../endpoints'
import { ALT_TEXT_MAX_LENGTH, altTextLength } from './alt-text'
import { buildAltText } from './build-alt-text'

const JSON_HEADERS = { 'content-type': 'application/json' }

describe('buildAltText', () => {
  it('builds v1.1 metadata/create with the documented JSON body', () => {
    const built = buildAltText(resolveEndpoint({ dialect: 'v1.1' }), { mediaId: '692797692624265216', text: 'dancing cat' })
    expect(built.method).toBe('POST')
    expect(built.url).toBe('https://upload.twitter.com/1.1/media/metadata/create.json')
    expect(built.headers).toEqual(JSON_HEADERS)
    expect(JSON.parse(built.body as string)).toEqual({ media_id: '692797692624265216', alt_text: { text: 'dancing cat' } })
  })

  it('builds v2 media/metadata with the id and a metadata object', () => {
    const built = buildAltText(resolveEndpoint(), { mediaId: '1880028106020515840', text: '<b>not html</b>' })
    expect(built.method).toBe('POST')
    expect(built.url).toBe('https://api.x.com/2/media/metadata')
    expect(built.headers).toEqual(JSON_HEADERS)
    expect(JSON.parse(built.body as string)).toEqual({
      id: '1880028106020515840',
      metadata: { alt_text: { text: '<b>not html</b>' } },
    })
  })

  it('counts code points, so 1,000 emoji fit and 1,001 do not', () => {
    const emoji = '🐈'.repeat(ALT_TEXT_MAX_LENGTH)
    expect(altTextLength(emoji)).toBe(1000)
    expect(() => buildAltText(resolveEndpoint(), { mediaId: '1', text: emoji })).not.toThrow()
    expect(() => buildAltText(resolveEndpoint(), { mediaId: '1', text: `${emoji}a` })).toThrow(
      expect.objectContaining({ code: 'alt-text-too-long', message: expect.stringContaining('1001') }),
    )
  })

  it('refuses text that is not a string', () => {
    expect(() => buildAltText(resolveEndpoint(), { mediaId: '1', text: null as never })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    )
  })
})
