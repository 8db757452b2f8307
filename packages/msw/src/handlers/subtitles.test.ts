import { describe, expect, it } from 'vitest'
import { TRANSPORTS, serveOver } from '../../test/http-harness'
import { bytesOf } from '../../test/media-fixtures'
import { USER_AUTH } from '../../test/v1-client'

const SRT = new TextEncoder().encode('1\n00:00:00,000 --> 00:00:01,000\nHello\n')
const OTHER_USER = { authorization: 'Bearer user-token-b' }

describe.each(TRANSPORTS)('subtitles over %s', (transport) => {
  const x = serveOver(transport, { seed: 6 })

  async function uploaded(mediaType: string, category: string, bytes: Uint8Array, headers = USER_AUTH): Promise<string> {
    const id = await x.v2.initializeId({ media_type: mediaType, total_bytes: bytes.byteLength, media_category: category }, headers)
    expect((await x.v2.appendMultipart(id, 0, bytes, headers)).status).toBe(200)
    expect((await x.v2.finalize(id, headers)).status).toBe(200)
    return id
  }
  const video = (headers = USER_AUTH) => uploaded('video/mp4', 'amplify_video', bytesOf(8), headers)
  const subtitleFile = (type = 'text/srt', headers = USER_AUTH) => uploaded(type, 'subtitles', SRT, headers)

  const v2 = (method: 'POST' | 'DELETE', body: unknown, headers = USER_AUTH) =>
    fetch(`${x.v2.base}/media/subtitles`, { method, body: JSON.stringify(body), headers: { ...headers, 'content-type': 'application/json' } })
  const attachV2 = (id: string, track: { id: string; language_code: string; display_name: string }, headers = USER_AUTH) =>
    v2('POST', { id, media_category: 'AmplifyVideo', subtitles: track }, headers)
  const v1 = (action: 'create' | 'delete', body: unknown) =>
    x.v1.post(`${x.v1.uploadUrl.replace('upload.json', `subtitles/${action}.json`)}`, JSON.stringify(body), { ...USER_AUTH, 'content-type': 'application/json' })

  it('attaches, replaces and deletes a track through v2, and the store shows what is attached', async () => {
    const videoId = await video()
    const english = await subtitleFile()
    const attached = await attachV2(videoId, { id: english, language_code: 'EN', display_name: 'English' })
    expect(attached.status).toBe(200)
    expect(await attached.json()).toEqual({
      data: { id: videoId, media_category: 'AmplifyVideo', associated_subtitles: [{ display_name: 'English', id: english, language_code: 'EN' }] },
    })
    const french = await subtitleFile('text/vtt')
    const corrected = await subtitleFile()
    await attachV2(videoId, { id: french, language_code: 'FR', display_name: 'Français' })
    await attachV2(videoId, { id: corrected, language_code: 'EN', display_name: 'English (corrected)' })
    expect(x.mock.store.get(videoId)?.subtitles).toEqual([
      { languageCode: 'EN', displayName: 'English (corrected)', mediaId: corrected },
      { languageCode: 'FR', displayName: 'Français', mediaId: french },
    ])
    const deleted = await v2('DELETE', { id: videoId, media_category: 'AmplifyVideo', language_code: 'FR' })
    expect(await deleted.json()).toEqual({ data: { deleted: true } })
    expect(x.mock.store.get(videoId)?.subtitles.map((t) => t.languageCode)).toEqual(['EN'])
    const again = await v2('DELETE', { id: videoId, media_category: 'AmplifyVideo', language_code: 'FR' })
    expect(again.status).toBe(400)
    expect(await again.json()).toMatchObject({ errors: [{ message: `Media id ${videoId} has no subtitles in FR.` }] })
    expect(x.mock.store.requests.at(-1)).toMatchObject({ step: 'SUBTITLES', mediaId: videoId, outcome: 'rejected' })
  })

  it('attaches and deletes tracks through v1.1 (200, empty body)', async () => {
    const videoId = await video()
    const english = await subtitleFile()
    const spanish = await subtitleFile('text/vtt')
    const created = await v1('create', {
      media_id: videoId,
      media_category: 'TweetVideo',
      subtitle_info: { subtitles: [{ media_id: english, language_code: 'EN', display_name: 'English' }, { media_id: spanish, language_code: 'ES', display_name: 'Español' }] },
    })
    expect(created.status).toBe(200)
    expect(await created.text()).toBe('')
    expect(x.mock.store.get(videoId)?.subtitles.map((t) => t.languageCode)).toEqual(['EN', 'ES'])
    const deleted = await v1('delete', { media_id: videoId, media_category: 'TweetVideo', subtitle_info: { subtitles: [{ language_code: 'EN' }] } })
    expect(deleted.status).toBe(200)
    expect(x.mock.store.get(videoId)?.subtitles).toEqual([{ languageCode: 'ES', displayName: 'Español', mediaId: spanish }])
  })

  it.each([
    ['a lower-case language code', 'en'],
    ['a three-letter language code', 'ENG'],
    ['an empty language code', ''],
  ])('refuses %s and attaches nothing', async (_, code) => {
    const videoId = await video()
    const response = await attachV2(videoId, { id: await subtitleFile(), language_code: code, display_name: 'English' })
    expect(response.status).toBe(400)
    expect(x.mock.store.get(videoId)?.subtitles).toEqual([])
  })

  it('refuses a target that is not a video, a track that is not subtitles, and a video still uploading', async () => {
    const image = await uploaded('image/png', 'tweet_image', bytesOf(4))
    const track = await subtitleFile()
    const notVideo = await attachV2(image, { id: track, language_code: 'EN', display_name: 'English' })
    expect(await notVideo.json()).toMatchObject({ errors: [{ message: `Media id ${image} is not a video.` }] })
    const videoId = await video()
    const notSubtitles = await attachV2(videoId, { id: image, language_code: 'EN', display_name: 'English' })
    expect(await notSubtitles.json()).toMatchObject({ errors: [{ message: `Media id ${image} is not a subtitles file.` }] })
    const uploading = await x.v2.initializeId({ media_type: 'video/mp4', total_bytes: 8, media_category: 'amplify_video' })
    const notReady = await attachV2(uploading, { id: track, language_code: 'EN', display_name: 'English' })
    expect(notReady.status).toBe(400)
  })

  it("refuses another user's video and another user's subtitles like unknown ids", async () => {
    const theirVideo = await video(OTHER_USER)
    const mine = await subtitleFile()
    const response = await attachV2(theirVideo, { id: mine, language_code: 'EN', display_name: 'English' })
    expect(await response.json()).toMatchObject({ errors: [{ message: `Invalid media id ${theirVideo}` }] })
    const theirTrack = await subtitleFile('text/srt', OTHER_USER)
    const myVideo = await video()
    expect((await attachV2(myVideo, { id: theirTrack, language_code: 'EN', display_name: 'English' })).status).toBe(400)
    expect(x.mock.store.get(myVideo)?.subtitles).toEqual([])
  })

  it('refuses a category other than the two video ones, and an SRT uploaded without media_category subtitles', async () => {
    const videoId = await video()
    const response = await v2('POST', { id: videoId, media_category: 'TweetImage', subtitles: { id: await subtitleFile(), language_code: 'EN', display_name: 'English' } })
    expect(await response.json()).toMatchObject({ errors: [{ parameters: { media_category: ['TweetImage'] } }] })
    const srt = await x.v2.initialize({ media_type: 'text/srt', total_bytes: SRT.byteLength })
    expect(srt.status).toBe(400)
    expect((await x.v2.initialize({ media_type: 'text/srt', total_bytes: SRT.byteLength, media_category: 'tweet_video' })).status).toBe(400)
  })

  it('refuses a v2 DELETE without a JSON body, as every v2 JSON endpoint', async () => {
    const response = await fetch(`${x.v2.base}/media/subtitles`, { method: 'DELETE', headers: USER_AUTH })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ errors: [{ message: 'Request body must be a JSON object.' }] })
  })
})
