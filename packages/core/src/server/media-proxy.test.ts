import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createManualClock, createMediaMock } from '@tweet-media/msw'
import { resolveEndpoint } from '../endpoints'
import { PNG_BYTES } from '../../test/test-media'
import { buildAppend } from '../request/build-append'
import { toRequest } from '../request/built-request'
import { MIB, patternedFile, requestsOf, sha256Hex, testUploader, testVideo } from '../../test/test-support'
import type { Dialect } from '../types'
import { createMediaProxy, type MediaProxyOptions } from './media-proxy'
import { serveDuringTests } from '../../test/serve-during-tests'

const APP = 'http://app.test'
const credentials = {
  consumerKey: 'app-key',
  consumerSecret: 'app-consumer-secret',
  token: '12345-user-token',
  tokenSecret: 'user-token-secret',
}
const clock = createManualClock()
// The mock verifies every OAuth 1.0a signature, as X does.
const mock = createMediaMock({ seed: 3, clock, oauth1: { consumerSecret: credentials.consumerSecret, tokenSecret: credentials.tokenSecret } })
let handler: (request: Request) => Promise<Response>
const proxy = (request: Request): Promise<Response> => handler(request)
// The app's route: every request under /api/x goes to the proxy, which talks to the mock of X.
const server = serveDuringTests(mock, http.all(`${APP}/api/x/*`, ({ request }) => proxy(request)))

// The session cookie names the user: `session=ok` is user A, `session=b` user B.
const USERS: Record<string, string> = { 'session=ok': 'user-a', 'session=b': 'user-b' }
const signedIn = (request: Request): string | false => USERS[request.headers.get('cookie') ?? ''] ?? false

function useProxy(overrides: Partial<MediaProxyOptions> = {}): void {
  handler = createMediaProxy({ credentials: { oauth1: credentials }, pathPrefix: '/api/x', authorizeRequest: signedIn, ...overrides })
}


describe.each<Dialect>(['v2', 'v1.1'])('media proxy (%s)', (dialect) => {
  it('signs each request with the app credentials and X stores the exact bytes and alt text', async () => {
    useProxy()
    const { uploader } = testUploader(dialect, clock, {
      baseUrl: `${APP}/api/x`,
      chunkSize: MIB,
      // The browser's own Authorization must never reach X.
      auth: (request) => {
        const headers = new Headers(request.headers)
        headers.set('cookie', 'session=ok')
        headers.set('authorization', 'Bearer smuggled')
        return new Request(request, { headers })
      },
    })
    const file = testVideo(3 * MIB + 5)

    const media = await uploader.upload(file)
    const picture = await uploader.upload(patternedFile(PNG_BYTES, 2_000, 'a.png', 'image/png'), { altText: 'A chart' })

    const stored = mock.store.get(media.mediaId)
    expect(stored?.sha256).toBe(await sha256Hex(file))
    expect(stored?.owner).toBe('12345')
    expect(mock.store.get(picture.mediaId)?.altText).toBe('A chart')
    expect(mock.store.requests.every((entry) => entry.outcome === 'ok')).toBe(true)
    expect(requestsOf(mock, 'APPEND')).toHaveLength(4)
  })
})

describe('media proxy gatekeeping', () => {
  const send = (path: string, init: RequestInit = {}): Promise<Response> =>
    proxy(new Request(`${APP}${path}`, { method: 'POST', ...init, headers: { cookie: 'session=ok', ...init.headers } }))

  it('answers 404 for anything but a media endpoint, without contacting X', async () => {
    useProxy()
    const answers = await Promise.all([
      send('/api/x/2/tweets', { body: '{}' }),
      send('/api/x/1.1/statuses/update.json', { body: 'status=hi' }),
      send('/api/x/2/media/upload/../../users/me'),
      send('/elsewhere/2/media/upload/initialize', { body: '{}' }),
      proxy(new Request(`${APP}/api/x/2/media/upload/initialize`, { method: 'GET', headers: { cookie: 'session=ok' } })),
    ])
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 405])
    expect(mock.store.requests).toHaveLength(0)
  })

  it('refuses callers the app does not sign in, with its own answer when it gives one', async () => {
    useProxy()
    const anonymous = await proxy(new Request(`${APP}/api/x/2/media/upload/initialize`, { method: 'POST', body: '{}' }))
    useProxy({ authorizeRequest: () => new Response('log in first', { status: 403 }) })
    const custom = await send('/api/x/2/media/upload/initialize', { body: '{}' })

    expect(anonymous.status).toBe(401)
    expect(custom.status).toBe(403)
    expect(await custom.text()).toBe('log in first')
    expect(mock.store.requests).toHaveLength(0)
  })

  it('answers 413 to a body over the limit before forwarding it', async () => {
    useProxy({ maxBytes: 1_000 })
    const declared = await send('/api/x/2/media/upload/initialize', {
      body: JSON.stringify({ media_type: 'video/mp4', total_bytes: 10, pad: 'x'.repeat(2_000) }),
      headers: { 'content-type': 'application/json', 'content-length': '2050' },
    })
    expect(declared.status).toBe(413)
    expect(mock.store.requests).toHaveLength(0)
  })

  it('streams a body to X: it forwards before the client has sent all of it', async () => {
    useProxy({ credentials: { bearerToken: 'app-user-token' } })
    const init = await send('/api/x/2/media/upload/initialize', {
      body: JSON.stringify({ media_type: 'video/mp4', total_bytes: 100_000, media_category: 'tweet_video' }),
      headers: { 'content-type': 'application/json' },
    })
    const { data } = (await init.json()) as { data: { id: string } }
    const segment = testVideo(100_000)
    const append = toRequest(buildAppend(resolveEndpoint({ baseUrl: `${APP}/api/x` }), { mediaId: data.id, segmentIndex: 0, media: segment }))
    const bytes = new Uint8Array(await append.arrayBuffer())
    let reachedX!: () => void
    const forwarded = new Promise<void>((resolve) => (reachedX = resolve))
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith(`/2/media/upload/${data.id}/append`) && !request.url.startsWith(APP)) reachedX()
    })
    // The second half exists only once the request is on its way to X: a proxy that read
    // the whole body first would wait forever.
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(bytes.subarray(0, 50_000)),
      async pull(controller) {
        await forwarded
        controller.enqueue(bytes.subarray(50_000))
        controller.close()
      },
    })

    const answer = await proxy(
      new Request(append.url, {
        method: 'POST',
        body,
        headers: { cookie: 'session=ok', 'content-type': append.headers.get('content-type') ?? '' },
        duplex: 'half',
      } as RequestInit),
    )
    server.events.removeAllListeners()

    expect(answer.status).toBeLessThan(300)
    expect(mock.store.get(data.id)?.segmentIndices).toEqual([0])
  })

  it('forwards with a bearer token when the app uses OAuth 2.0', async () => {
    useProxy({ credentials: { bearerToken: () => 'app-user-token' } })
    const atX: Headers[] = []
    server.events.on('request:start', ({ request }) => {
      if (!request.url.startsWith(APP)) atX.push(request.headers)
    })
    const answer = await send('/api/x/2/media/upload/initialize', {
      body: JSON.stringify({ media_type: 'video/mp4', total_bytes: 10, media_category: 'tweet_video' }),
      headers: { 'content-type': 'application/json', authorization: 'Bearer from-the-browser', 'x-csrf-token': 'abc' },
    })
    server.events.removeAllListeners()

    expect(answer.status).toBeLessThan(300)
    // The caller's cookie, Authorization and other headers stay with the app.
    expect(atX).toHaveLength(1)
    expect(atX[0]?.get('cookie')).toBeNull()
    expect(atX[0]?.get('x-csrf-token')).toBeNull()
    expect(atX[0]?.get('content-type')).toBe('application/json')
    expect(atX[0]?.get('authorization')).toBe('Bearer app-user-token')
    const { data } = (await answer.json()) as { data: { id: string } }
    expect(mock.store.get(data.id)?.owner).toBe('app-user-token')
  })
})
