import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { rejectionOf } from '../../test/test-errors'
import { SRT_TEXT, VTT_TEXT } from '../../test/test-media'
import { serveDuringTests } from '../../test/serve-during-tests'
import { createMockedX, MIB, requestsOf, testUploader, testVideo } from '../../test/test-support'
import type { Dialect } from '../types'

const { clock, mock } = createMockedX(3)

// --- Stand-ins for the mock's subtitles endpoints, until @tweet-media/msw has its own:
// replace these handlers (and `attached`) with the mock's endpoints and its store.
// They keep what is attached per video and language, answer as X documents, and check
// that the subtitles and the video are in the mock's store.
type Sent = { method: string; url: string; contentType: string | null; body: unknown }
const sent: Sent[] = []
const attached = new Map<string, Map<string, { subtitlesId: string; displayName: string }>>()
const V2 = 'https://api.x.com/2/media/subtitles'
const V1 = 'https://upload.twitter.com/1.1/media/subtitles'

async function record(request: Request): Promise<Record<string, unknown>> {
  const body = (await request.json()) as Record<string, unknown>
  sent.push({ method: request.method, url: request.url, contentType: request.headers.get('content-type'), body })
  return body
}

function attach(videoId: string, subtitlesId: string, languageCode: string, displayName: string): Response | undefined {
  if (mock.store.get(videoId)?.kind !== 'video' || mock.store.get(subtitlesId)?.kind !== 'subtitles') {
    return HttpResponse.json({ errors: [{ code: 324, message: 'Invalid media id.' }] }, { status: 400 })
  }
  const languages = attached.get(videoId) ?? new Map()
  languages.set(languageCode, { subtitlesId, displayName })
  attached.set(videoId, languages)
  return undefined
}

const subtitlesHandlers = [
  http.post(V2, async ({ request }) => {
    const body = await record(request)
    const subtitles = body.subtitles as { id: string; language_code: string; display_name: string }
    const refused = attach(body.id as string, subtitles.id, subtitles.language_code, subtitles.display_name)
    return refused ?? HttpResponse.json({ data: { id: body.id, media_category: body.media_category, associated_subtitles: [] } })
  }),
  http.delete(V2, async ({ request }) => {
    const body = await record(request)
    const deleted = attached.get(body.id as string)?.delete(body.language_code as string) ?? false
    return HttpResponse.json({ data: { deleted } })
  }),
  http.post(`${V1}/create.json`, async ({ request }) => {
    const body = await record(request)
    const [subtitles] = (body.subtitle_info as { subtitles: { media_id: string; language_code: string; display_name: string }[] }).subtitles
    return attach(body.media_id as string, subtitles!.media_id, subtitles!.language_code, subtitles!.display_name) ?? new HttpResponse(null, { status: 200 })
  }),
  http.post(`${V1}/delete.json`, async ({ request }) => {
    const body = await record(request)
    const [subtitles] = (body.subtitle_info as { subtitles: { language_code: string }[] }).subtitles
    attached.get(body.media_id as string)?.delete(subtitles!.language_code)
    return new HttpResponse(null, { status: 200 })
  }),
]
// --- end of the stand-ins

const server = serveDuringTests(mock, ...subtitlesHandlers)
const forget = (): void => {
  sent.length = 0
  attached.clear()
}

describe.each<Dialect>(['v2', 'v1.1'])('subtitles (%s)', (dialect) => {
  it('uploads an SRT file, attaches it to the uploaded video, replaces it, and removes it', async () => {
    forget()
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB })
    const task = uploader.createTask(testVideo(2 * MIB))
    const video = await task.start()

    const english = await task.attachSubtitles(new File([SRT_TEXT], 'dog.srt'), { languageCode: 'EN', displayName: 'English' })

    const file = mock.store.get(english.subtitlesMediaId)
    expect(file).toMatchObject({ kind: 'subtitles', mediaType: 'text/srt', category: 'subtitles', size: SRT_TEXT.length })
    expect(attached.get(video.mediaId)?.get('EN')).toEqual({ subtitlesId: english.subtitlesMediaId, displayName: 'English' })
    expect(task.getSnapshot().subtitles).toEqual([{ languageCode: 'EN', displayName: 'English', subtitlesMediaId: english.subtitlesMediaId, format: 'srt', fileName: 'dog.srt' }])
    expect(sent.every((request) => request.contentType === 'application/json')).toBe(true)

    // Replacing: the old language is removed before the new file is attached.
    const replaced = await task.attachSubtitles(new File([VTT_TEXT], 'dog.vtt', { type: 'text/vtt' }), { languageCode: 'EN', displayName: 'English (US)' })
    expect(sent.map((request) => request.method)).toEqual(['POST', dialect === 'v2' ? 'DELETE' : 'POST', 'POST'])
    expect(mock.store.get(replaced.subtitlesMediaId)?.mediaType).toBe('text/vtt')
    expect(attached.get(video.mediaId)?.get('EN')?.subtitlesId).toBe(replaced.subtitlesMediaId)
    expect(task.getSnapshot().subtitles.map((entry) => [entry.languageCode, entry.displayName, entry.format])).toEqual([['EN', 'English (US)', 'vtt']])

    await task.removeSubtitles('EN')

    expect(attached.get(video.mediaId)?.has('EN')).toBe(false)
    expect(task.getSnapshot().subtitles).toEqual([])
  })

  it('sends the documented bodies', async () => {
    forget()
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB })
    const video = await uploader.upload(testVideo(2 * MIB))

    const french = await uploader.attachSubtitles(video.mediaId, new File([SRT_TEXT], 'chien.srt'), { languageCode: 'FR', displayName: 'Français' })
    await uploader.removeSubtitles(video.mediaId, 'FR')

    const [create, remove] = sent.map((request) => request.body)
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

    expect(sent[0]?.body).toMatchObject({ media_category: 'AmplifyVideo' })
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
    expect(sent).toEqual([])
  })

  it("passes on X's refusal with its words", async () => {
    forget()
    server.use(
      http.post(dialect === 'v2' ? V2 : `${V1}/create.json`, () => HttpResponse.json({ errors: [{ code: 324, message: 'Invalid language code.' }] }, { status: 400 }), {
        once: true,
      }),
    )
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB })
    const task = uploader.createTask(testVideo(2 * MIB))
    await task.start()

    const error = await rejectionOf(task.attachSubtitles(new File([SRT_TEXT], 'dog.srt'), { languageCode: 'XX', displayName: 'Nowhere' }))

    expect(error).toMatchObject({ code: 'bad-request', xCode: 324, xMessage: 'Invalid language code.' })
    expect(task.getSnapshot().subtitles).toEqual([])
  })
})
