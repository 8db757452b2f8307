import { describe, expect, it } from 'vitest'
import { rejectionOf } from '../../test/test-errors'
import { SRT_TEXT, VTT_TEXT } from '../../test/test-media'
import { serveDuringTests } from '../../test/serve-during-tests'
import { createMockedX, MIB, requestsOf, testUploader, testVideo } from '../../test/test-support'
import type { Dialect } from '../types'

const { clock, mock } = createMockedX(3)

// The mock's own subtitles endpoints (both dialects) answer; its store shows what is attached.
// What the client sent is read from msw's request events, as it went on the wire.
type Sent = { method: string; url: string; contentType: string | null; body: unknown }
const sent: Promise<Sent>[] = []
const SUBTITLES_URL = /\/media\/subtitles/

const server = serveDuringTests(mock)
server.events.on('request:start', ({ request }) => {
  if (!SUBTITLES_URL.test(request.url)) return
  const copy = request.clone()
  sent.push(copy.json().then((body: unknown) => ({ method: copy.method, url: copy.url, contentType: copy.headers.get('content-type'), body })))
})
const forget = (): void => {
  sent.length = 0
}
const sentRequests = (): Promise<Sent[]> => Promise.all(sent)
/** The tracks the mock of X holds on a video, by language. */
const tracksOf = (videoId: string) =>
  Object.fromEntries((mock.store.get(videoId)?.subtitles ?? []).map((track) => [track.languageCode, { subtitlesId: track.mediaId, displayName: track.displayName }]))

describe.each<Dialect>(['v2', 'v1.1'])('subtitles (%s)', (dialect) => {
  it('uploads an SRT file, attaches it to the uploaded video, replaces it, and removes it', async () => {
    forget()
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB })
    const task = uploader.createTask(testVideo(2 * MIB))
    const video = await task.start()

    const english = await task.attachSubtitles(new File([SRT_TEXT], 'dog.srt'), { languageCode: 'EN', displayName: 'English' })

    const file = mock.store.get(english.subtitlesMediaId)
    expect(file).toMatchObject({ kind: 'subtitles', mediaType: 'text/srt', category: 'subtitles', size: SRT_TEXT.length })
    expect(tracksOf(video.mediaId)).toEqual({ EN: { subtitlesId: english.subtitlesMediaId, displayName: 'English' } })
    expect(task.getSnapshot().subtitles).toEqual([{ languageCode: 'EN', displayName: 'English', subtitlesMediaId: english.subtitlesMediaId, format: 'srt', fileName: 'dog.srt' }])
    expect((await sentRequests()).every((request) => request.contentType === 'application/json')).toBe(true)

    // Replacing: the old language is removed before the new file is attached.
    const replaced = await task.attachSubtitles(new File([VTT_TEXT], 'dog.vtt', { type: 'text/vtt' }), { languageCode: 'EN', displayName: 'English (US)' })
    expect((await sentRequests()).map((request) => request.method)).toEqual(['POST', dialect === 'v2' ? 'DELETE' : 'POST', 'POST'])
    expect(mock.store.get(replaced.subtitlesMediaId)?.mediaType).toBe('text/vtt')
    expect(tracksOf(video.mediaId)).toEqual({ EN: { subtitlesId: replaced.subtitlesMediaId, displayName: 'English (US)' } })
    expect(task.getSnapshot().subtitles.map((entry) => [entry.languageCode, entry.displayName, entry.format])).toEqual([['EN', 'English (US)', 'vtt']])

    await task.removeSubtitles('EN')

    expect(tracksOf(video.mediaId)).toEqual({})
    expect(task.getSnapshot().subtitles).toEqual([])
  })

  it('sends the documented bodies', async () => {
    forget()
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB })
    const video = await uploader.upload(testVideo(2 * MIB))

    const french = await uploader.attachSubtitles(video.mediaId, new File([SRT_TEXT], 'chien.srt'), { languageCode: 'FR', displayName: 'Français' })
    await uploader.removeSubtitles(video.mediaId, 'FR')

    const [create, remove] = (await sentRequests()).map((request) => request.body)
    if (dialect === 'v2') {
      expect(create).toEqual({ id: video.mediaId, media_category: 'TweetVideo', subtitles: { id: french.subtitlesMediaId, language_code: 'FR', display_name: 'Français' } })
      expect(remove).toEqual({ id: video.mediaId, media_category: 'TweetVideo', language_code: 'FR' })
    } else {
      expect(create).toEqual({
        media_id: video.mediaId,
        media_category: 'TweetVideo',
        subtitle_info: { subtitles: [{ media_id: french.subtitlesMediaId, language_code: 'FR', display_name: 'Français' }] },
      })
      expect(remove).toEqual({ media_id: video.mediaId, media_category: 'TweetVideo', subtitle_info: { subtitles: [{ language_code: 'FR' }] } })
    }
  })

  it("names the video's own category: an amplify_video task sends AmplifyVideo", async () => {
    forget()
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB })
    const task = uploader.createTask(testVideo(2 * MIB), { mediaCategory: 'amplify_video' })
    await task.start()

    await task.attachSubtitles(new File([SRT_TEXT], 'dog.srt'), { languageCode: 'EN', displayName: 'English' })

    expect((await sentRequests())[0]?.body).toMatchObject({ media_category: 'AmplifyVideo' })
    expect(Object.keys(tracksOf(task.getSnapshot().media?.mediaId ?? ''))).toEqual(['EN'])
  })

  it('refuses before any request: a bad file, a bad language code, an image, an unfinished upload', async () => {
    forget()
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB })
    const task = uploader.createTask(testVideo(2 * MIB))

    const early = await rejectionOf(task.attachSubtitles(new File([SRT_TEXT], 'dog.srt'), { languageCode: 'EN', displayName: 'English' }))
    expect(early).toMatchObject({ code: 'invalid-argument', message: 'Subtitles go on an uploaded video: upload it first (the upload is idle).' })

    const video = await task.start()
    const initsBefore = requestsOf(mock, 'INIT').length
    const broken = await rejectionOf(task.attachSubtitles(new File(['1\nnot a timing\nHi\n'], 'dog.srt'), { languageCode: 'EN', displayName: 'English' }))
    expect(broken).toMatchObject({ code: 'invalid-subtitles' })
    expect(broken.message).toContain('line 2: expected a timing line')
    const lowerCase = await rejectionOf(uploader.attachSubtitles(video.mediaId, new File([SRT_TEXT], 'dog.srt'), { languageCode: 'en', displayName: 'English' }))
    expect(lowerCase).toMatchObject({ code: 'invalid-argument', message: 'languageCode must be two capital letters such as "EN", got "en".' })
    expect(requestsOf(mock, 'INIT').length).toBe(initsBefore)
    expect(await sentRequests()).toEqual([])
  })

  it("passes on X's refusal with its words: subtitles on another account's video", async () => {
    forget()
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB })
    const video = await uploader.upload(testVideo(2 * MIB))
    const other = testUploader(dialect, clock, { chunkSize: MIB, auth: { bearerToken: 'user-b' } }).uploader

    const error = await rejectionOf(other.attachSubtitles(video.mediaId, new File([SRT_TEXT], 'dog.srt'), { languageCode: 'EN', displayName: 'English' }))

    // X answers as for an unknown id, which core reads as media that expired.
    expect(error).toMatchObject({ code: 'media-expired', xMessage: `Invalid media id ${video.mediaId}` })
    expect(tracksOf(video.mediaId)).toEqual({})
  })

  it("passes on X's refusal to delete a language the video does not have", async () => {
    forget()
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB })
    const video = await uploader.upload(testVideo(2 * MIB))

    const error = await rejectionOf(uploader.removeSubtitles(video.mediaId, 'DE'))

    expect(error).toMatchObject({ code: 'bad-request', xMessage: `Media id ${video.mediaId} has no subtitles in DE.` })
  })
})
