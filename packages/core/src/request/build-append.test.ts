import { describe, expect, it } from 'vitest'
import { resolveEndpoint } from '../endpoints'
import { MB } from '../file/limits'
import { buildAppend } from './build-append'

const v1 = resolveEndpoint({ dialect: 'v1.1' })
const v2 = resolveEndpoint({ dialect: 'v2' })
const chunk = new Blob([new Uint8Array([1, 2, 3])])
const mediaId = '1880028106020515840'

describe('buildAppend', () => {
  it('builds a v1.1 multipart APPEND with the chunk last', async () => {
    const built = buildAppend(v1, { mediaId, segmentIndex: 3, media: chunk })
    expect(built.method).toBe('POST')
    expect(built.url).toBe('https://upload.twitter.com/1.1/media/upload.json')
    expect(built.headers).toEqual({})
    const form = built.body as FormData
    expect([...form.keys()]).toEqual(['command', 'media_id', 'segment_index', 'media'])
    expect(form.get('command')).toBe('APPEND')
    expect(form.get('media_id')).toBe(mediaId)
    expect(form.get('segment_index')).toBe('3')
    expect(new Uint8Array(await (form.get('media') as Blob).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
  })

  it('sends v1.1 base64 chunks as media_data', () => {
    const form = buildAppend(v1, { mediaId, segmentIndex: 0, media: { base64: 'AQID' } }).body as FormData
    expect(form.get('media_data')).toBe('AQID')
    expect(form.has('media')).toBe(false)
  })

  it('builds a v2 multipart append on the id path', () => {
    const built = buildAppend(v2, { mediaId, segmentIndex: 999, media: chunk })
    expect(built.url).toBe(`https://api.x.com/2/media/upload/${mediaId}/append`)
    expect(built.headers).toEqual({})
    const form = built.body as FormData
    expect([...form.keys()]).toEqual(['segment_index', 'media'])
    expect(form.get('segment_index')).toBe('999')
  })

  it('sends v2 base64 chunks as JSON', () => {
    const built = buildAppend(v2, { mediaId, segmentIndex: 0, media: { base64: 'AQID' } })
    expect(built.headers).toEqual({ 'content-type': 'application/json' })
    expect(JSON.parse(built.body as string)).toEqual({ media: 'AQID', segment_index: 0 })
  })

  it('accepts a chunk of exactly 5 MB and refuses one byte more', () => {
    expect(() => buildAppend(v2, { mediaId, segmentIndex: 0, media: new Blob([new Uint8Array(5 * MB)]) })).not.toThrow()
    expect(() => buildAppend(v2, { mediaId, segmentIndex: 0, media: new Blob([new Uint8Array(5 * MB + 1)]) })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    )
  })

  it.each([
    ['segment index 1000', { mediaId, segmentIndex: 1000, media: chunk }],
    ['segment index -1', { mediaId, segmentIndex: -1, media: chunk }],
    ['a fractional segment index', { mediaId, segmentIndex: 0.5, media: chunk }],
    ['a numeric media id', { mediaId: 1880028106020515840, segmentIndex: 0, media: chunk }],
    ['a media id with a slash', { mediaId: '1/../2', segmentIndex: 0, media: chunk }],
    ['an empty chunk', { mediaId, segmentIndex: 0, media: new Blob([]) }],
  ])('refuses %s with invalid-argument', (_name, params) => {
    expect(() => buildAppend(v2, params as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }))
  })
})
