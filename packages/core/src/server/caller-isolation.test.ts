import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createManualClock, createMediaMock } from '@tweet-media/msw'
import { resolveEndpoint } from '../endpoints'
import { errorFromResponse } from '../errors/error-from-response'
import { PNG_BYTES } from '../../test/test-media'
import { buildAltText } from '../request/build-alt-text'
import { buildAppend } from '../request/build-append'
import { buildFinalize } from '../request/build-finalize'
import { buildStatus } from '../request/build-status'
import { toRequest, type BuiltRequest } from '../request/built-request'
import { MIB, patternedFile, testUploader, testVideo } from '../../test/test-support'
import { serveDuringTests } from '../../test/serve-during-tests'
import type { Dialect } from '../types'
import { createMediaProxy } from './media-proxy'
import { createMemoryOwnerStore } from './owner-store'

const APP = 'http://app.test'
const clock = createManualClock()
const mock = createMediaMock({ seed: 11, clock })
// One app token for everyone: X cannot tell the users apart, so the proxy must.
const proxy = createMediaProxy({
  credentials: { bearerToken: 'app-token' },
  pathPrefix: '/api/x',
  owners: createMemoryOwnerStore({ now: () => clock.now() }),
  authorizeRequest: (request) => request.headers.get('x-user') ?? false,
})
serveDuringTests(mock, http.all(`${APP}/api/x/*`, ({ request }) => proxy(request)))

const as = (user: string) => (request: Request): Request => {
  const headers = new Headers(request.headers)
  headers.set('x-user', user)
  return new Request(request, { headers })
}

async function send(user: string, built: BuiltRequest | Request): Promise<Response> {
  return proxy(as(user)(built instanceof Request ? built : toRequest(built)))
}

async function codeOf(answer: Response): Promise<string> {
  return errorFromResponse({ status: answer.status, headers: answer.headers, body: await answer.text() }, clock.now()).code
}

describe.each<Dialect>(['v2', 'v1.1'])('caller isolation (%s)', (dialect) => {
  const endpoint = resolveEndpoint({ dialect, baseUrl: `${APP}/api/x` })

  it('refuses user B every call on user A’s media, and A carries on', async () => {
    const a = testUploader(dialect, clock, { baseUrl: `${APP}/api/x`, auth: as('user-a'), chunkSize: MIB })
    const video = await a.uploader.upload(testVideo(2 * MIB))
    const picture = await a.uploader.upload(patternedFile(PNG_BYTES, 3_000, 'a.png', 'image/png'), { altText: 'Mine' })
    const seenByX = mock.store.requests.length

    const attempts = [
      buildAppend(endpoint, { mediaId: video.mediaId, segmentIndex: 2, media: new Blob([new Uint8Array(10)]) }),
      buildFinalize(endpoint, { mediaId: video.mediaId }),
      buildStatus(endpoint, { mediaId: video.mediaId }),
      buildAltText(endpoint, { mediaId: picture.mediaId, text: 'Rewritten by B' }),
    ]
    const answers = await Promise.all(attempts.map((built) => send('user-b', built)))

    expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403, 403])
    expect(await Promise.all(answers.map(codeOf))).toEqual(['not-media-owner', 'not-media-owner', 'not-media-owner', 'not-media-owner'])
    expect(mock.store.requests).toHaveLength(seenByX)
    expect(mock.store.get(picture.mediaId)?.altText).toBe('Mine')
    const status = await send('user-a', buildStatus(endpoint, { mediaId: video.mediaId }))
    expect(status.status).toBe(200)
    expect((await send('user-a', buildAltText(endpoint, { mediaId: picture.mediaId, text: 'Still mine' }))).status).toBeLessThan(300)
    expect(mock.store.get(picture.mediaId)?.altText).toBe('Still mine')
  })

  it('refuses an id nobody bound (created elsewhere, or expired with its media)', async () => {
    const a = testUploader(dialect, clock, { baseUrl: `${APP}/api/x`, auth: as('user-a') })
    const picture = await a.uploader.upload(patternedFile(PNG_BYTES, 3_000, 'a.png', 'image/png'))
    clock.advance(100 * 86_400_000)

    const late = await send('user-a', buildStatus(endpoint, { mediaId: picture.mediaId }))
    const unknown = await send('user-a', buildStatus(endpoint, { mediaId: '1880028106020515840' }))

    expect([late.status, unknown.status]).toEqual([403, 403])
  })
})

describe('caller isolation, media ids hidden in bodies and queries', () => {
  async function videoOfA(dialect: Dialect): Promise<string> {
    const a = testUploader(dialect, clock, { baseUrl: `${APP}/api/x`, auth: as('user-a'), chunkSize: MIB })
    return (await a.uploader.upload(testVideo(MIB))).mediaId
  }
  const multipart = (fields: Array<[string, string | Blob]>): FormData => {
    const form = new FormData()
    for (const [name, value] of fields) form.append(name, value)
    return form
  }
  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}): Request =>
    new Request(`${APP}/api/x${path}`, { method: 'POST', body, headers })

  it('finds the id wherever X would read it, and refuses before X acts', async () => {
    const id = await videoOfA('v1.1')
    const before = structuredClone(mock.store.get(id))
    const seenByX = mock.store.requests.length
    const segment = new Blob([new Uint8Array(1_000)])
    const attempts = [
      // v1.1 APPEND with media_id after the media part
      post('/1.1/media/upload.json', multipart([['command', 'APPEND'], ['segment_index', '1'], ['media', segment], ['media_id', id]])),
      // the command form of v2's one-shot endpoint
      post('/2/media/upload', multipart([['command', 'FINALIZE'], ['media_id', id]])),
      // X's SDK form: JSON with base64 media
      post('/2/media/upload', JSON.stringify({ command: 'APPEND', media_id: id, segment_index: 1, media: 'AAAA' }), { 'content-type': 'application/json' }),
      // form-urlencoded, any case of the type
      post('/1.1/media/upload.json', `command=FINALIZE&media_id=${id}`, { 'content-type': 'Application/X-WWW-Form-Urlencoded' }),
      // the id in the query string of a POST
      post(`/1.1/media/upload.json?command=FINALIZE&media_id=${id}`, ''),
      // alt text and subtitles in both dialects
      post('/1.1/media/metadata/create.json', JSON.stringify({ media_id: id, alt_text: { text: 'B' } }), { 'content-type': 'application/json' }),
      post('/2/media/subtitles', JSON.stringify({ id, media_category: 'TweetVideo', subtitles: { id: '1', language_code: 'EN', display_name: 'English' } }), { 'content-type': 'application/json' }),
      new Request(`${APP}/api/x/2/media/subtitles`, { method: 'DELETE', body: JSON.stringify({ id, media_category: 'TweetVideo', language_code: 'EN' }), headers: { 'content-type': 'application/json' } }),
      post('/1.1/media/subtitles/create.json', JSON.stringify({ media_id: id, media_category: 'TweetVideo', subtitle_info: { subtitles: [{ media_id: '1', language_code: 'EN', display_name: 'English' }] } })),
    ]

    const answers = await Promise.all(attempts.map((request) => send('user-b', request)))

    expect(answers.map((answer) => answer.status)).toEqual(attempts.map(() => 403))
    // A streamed body is stopped before its last byte: X may see it start, never end.
    expect(mock.store.requests.slice(seenByX).filter((entry) => entry.outcome !== 'aborted')).toEqual([])
    expect(mock.store.get(id)).toEqual(before)
  })

  it('binds a one-shot upload to its uploader from X’s answer', async () => {
    const form = multipart([['media', new Blob([PNG_BYTES], { type: 'image/png' })], ['media_category', 'tweet_image']])
    const uploaded = await send('user-a', post('/2/media/upload', form))
    const { data } = (await uploaded.json()) as { data: { id: string } }

    const byB = await send('user-b', buildStatus(resolveEndpoint({ dialect: 'v2', baseUrl: `${APP}/api/x` }), { mediaId: data.id }))
    const byA = await send('user-a', buildStatus(resolveEndpoint({ dialect: 'v2', baseUrl: `${APP}/api/x` }), { mediaId: data.id }))

    expect([uploaded.status, byB.status, byA.status]).toEqual([200, 403, 200])
  })
})
