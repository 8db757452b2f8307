import { describe, expect, it } from 'vitest'
import { resolveEndpoint } from '../endpoints'
import { buildAltText } from './build-alt-text'
import { buildAppend } from './build-append'
import { buildFinalize } from './build-finalize'
import { buildInit } from './build-init'
import { buildSimpleUpload } from './build-simple-upload'
import { buildStatus } from './build-status'
import { buildSubtitlesCreate, buildSubtitlesDelete } from './build-subtitles'
import type { BuiltRequest } from './built-request'

// X refuses a v2 JSON endpoint without a body ("Request body must be a JSON object.") or
// with another content type; every builder is walked here so none can slip back.

const v1 = resolveEndpoint({ dialect: 'v1.1' })
const v2 = resolveEndpoint()
const mediaId = '1880028106020515840'
const chunk = new Blob([new Uint8Array([1, 2, 3])])

/** Every v2 call whose endpoint takes JSON, built with the fewest parameters it allows. */
const V2_JSON_CALLS: [string, () => BuiltRequest][] = [
  ['initialize', () => buildInit(v2, { totalBytes: 3, mediaType: 'video/mp4' })],
  ['finalize', () => buildFinalize(v2, { mediaId })],
  ['metadata', () => buildAltText(v2, { mediaId, text: 'A cat' })],
  ['subtitles create', () => buildSubtitlesCreate(v2, { mediaId, subtitlesMediaId: '1', languageCode: 'EN', displayName: 'English' })],
  ['subtitles delete', () => buildSubtitlesDelete(v2, { mediaId, languageCode: 'EN' })],
  ['append (base64)', () => buildAppend(v2, { mediaId, segmentIndex: 0, media: { base64: 'AQID' } })],
  ['one-shot upload (base64)', () => buildSimpleUpload(v2, { media: { base64: 'AQID' } })],
]

describe('v2 JSON endpoints', () => {
  it.each(V2_JSON_CALLS)('%s: a JSON object body with Content-Type application/json', (name, build) => {
    const built = build()
    expect(built.method).toBe(name === 'subtitles delete' ? 'DELETE' : 'POST')
    expect(built.headers['content-type']).toBe('application/json')
    expect(typeof built.body).toBe('string')
    const parsed: unknown = JSON.parse(built.body as string)
    expect(parsed).toBeTypeOf('object')
    expect(parsed).not.toBeNull()
    expect(Array.isArray(parsed)).toBe(false)
  })

  it('finalize sends exactly {}', () => {
    expect(buildFinalize(v2, { mediaId }).body).toBe('{}')
  })

  it('APPEND and the one-shot upload of a Blob stay multipart', () => {
    for (const built of [buildAppend(v2, { mediaId, segmentIndex: 0, media: chunk }), buildSimpleUpload(v2, { media: chunk })]) {
      expect(built.body).toBeInstanceOf(FormData)
      expect(built.headers).toEqual({})
    }
  })

  it('STATUS stays a GET without a body', () => {
    const built = buildStatus(v2, { mediaId })
    expect(built).toMatchObject({ method: 'GET', headers: {} })
    expect(built.body).toBeUndefined()
  })
})

describe('v1.1 bodies are unchanged', () => {
  it('INIT and FINALIZE stay urlencoded, APPEND multipart, metadata and subtitles JSON', () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' }
    expect(buildInit(v1, { totalBytes: 3, mediaType: 'video/mp4' })).toMatchObject({ headers: form, body: 'command=INIT&total_bytes=3&media_type=video%2Fmp4' })
    expect(buildFinalize(v1, { mediaId })).toMatchObject({ headers: form, body: `command=FINALIZE&media_id=${mediaId}` })
    expect(buildAppend(v1, { mediaId, segmentIndex: 0, media: chunk }).body).toBeInstanceOf(FormData)
    expect(buildAltText(v1, { mediaId, text: 'A cat' })).toMatchObject({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ media_id: mediaId, alt_text: { text: 'A cat' } }),
    })
    for (const built of [
      buildSubtitlesCreate(v1, { mediaId, subtitlesMediaId: '1', languageCode: 'EN', displayName: 'English' }),
      buildSubtitlesDelete(v1, { mediaId, languageCode: 'EN' }),
    ]) {
      expect(built).toMatchObject({ method: 'POST', headers: { 'content-type': 'application/json' } })
    }
  })
})
