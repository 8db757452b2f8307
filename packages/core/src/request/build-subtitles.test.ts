import { describe, expect, it } from 'vitest'
import { resolveEndpoint } from '../endpoints'
import { thrownBy } from '../../test/test-errors'
import { buildSubtitlesCreate, buildSubtitlesDelete } from './build-subtitles'

const v1 = resolveEndpoint({ dialect: 'v1.1' })
const v2 = resolveEndpoint()
const mediaId = '1880028106020515840'
const subtitlesMediaId = '1880028217379905536'
const JSON_HEADERS = { 'content-type': 'application/json' }

describe('buildSubtitlesCreate', () => {
  it('builds v2 POST /2/media/subtitles', () => {
    const built = buildSubtitlesCreate(v2, { mediaId, subtitlesMediaId, languageCode: 'EN', displayName: 'English' })
    expect(built).toMatchObject({ method: 'POST', url: 'https://api.x.com/2/media/subtitles', headers: JSON_HEADERS })
    expect(JSON.parse(built.body as string)).toEqual({
      id: mediaId,
      media_category: 'TweetVideo',
      subtitles: { id: subtitlesMediaId, language_code: 'EN', display_name: 'English' },
    })
  })

  it('builds v1.1 subtitles/create.json with subtitle_info', () => {
    const built = buildSubtitlesCreate(v1, { mediaId, videoCategory: 'amplify_video', subtitlesMediaId, languageCode: 'FR', displayName: 'Français' })
    expect(built).toMatchObject({ method: 'POST', url: 'https://upload.twitter.com/1.1/media/subtitles/create.json', headers: JSON_HEADERS })
    expect(JSON.parse(built.body as string)).toEqual({
      media_id: mediaId,
      media_category: 'AmplifyVideo',
      subtitle_info: { subtitles: [{ media_id: subtitlesMediaId, language_code: 'FR', display_name: 'Français' }] },
    })
  })

  it.each([
    ['a lower-case language code', { languageCode: 'en' }, 'languageCode must be two capital letters such as "EN", got "en".'],
    ['a three-letter language code', { languageCode: 'ENG' }, 'languageCode must be two capital letters such as "EN", got "ENG".'],
    ['an empty display name', { displayName: ' ' }, 'displayName must be a name such as "English" of 1 to 100 characters, got " ".'],
    ['a display name over 100 characters', { displayName: 'x'.repeat(101) }, expect.stringContaining('displayName must be')],
    ['a DM video', { videoCategory: 'dm_video' }, 'videoCategory must be tweet_video or amplify_video (the videos X takes subtitles for), got "dm_video".'],
    ['a subtitles id that is not digits', { subtitlesMediaId: '12a' }, expect.stringContaining('subtitlesMediaId must be a string of 1 to 19 digits')],
  ])('refuses %s', (_name, change, message) => {
    const params = { mediaId, subtitlesMediaId, languageCode: 'EN', displayName: 'English', ...change } as Parameters<typeof buildSubtitlesCreate>[1]
    expect(thrownBy(() => buildSubtitlesCreate(v2, params))).toMatchObject({ code: 'invalid-argument', message })
  })
})

describe('buildSubtitlesDelete', () => {
  it('builds v2 DELETE /2/media/subtitles with a JSON body', () => {
    const built = buildSubtitlesDelete(v2, { mediaId, languageCode: 'EN' })
    expect(built).toMatchObject({ method: 'DELETE', url: 'https://api.x.com/2/media/subtitles', headers: JSON_HEADERS })
    expect(JSON.parse(built.body as string)).toEqual({ id: mediaId, media_category: 'TweetVideo', language_code: 'EN' })
  })

  it('builds v1.1 subtitles/delete.json', () => {
    const built = buildSubtitlesDelete(v1, { mediaId, languageCode: 'EN' })
    expect(built).toMatchObject({ method: 'POST', url: 'https://upload.twitter.com/1.1/media/subtitles/delete.json', headers: JSON_HEADERS })
    expect(JSON.parse(built.body as string)).toEqual({
      media_id: mediaId,
      media_category: 'TweetVideo',
      subtitle_info: { subtitles: [{ language_code: 'EN' }] },
    })
  })

  it('refuses a bad language code or parameters that are not an object', () => {
    expect(thrownBy(() => buildSubtitlesDelete(v2, { mediaId, languageCode: 'e' })).code).toBe('invalid-argument')
    expect(thrownBy(() => buildSubtitlesDelete(v2, null as never)).code).toBe('invalid-argument')
  })
})
