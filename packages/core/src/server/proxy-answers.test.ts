import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createManualClock, createMediaMock } from '@tweet-media/msw'
import type { OAuth1Credentials } from '../auth/oauth1'
import { resolveEndpoint } from '../endpoints'
import { errorFromResponse } from '../errors/error-from-response'
import { rejectionOf, thrownBy } from '../../test/test-errors'
import { buildAppend } from '../request/build-append'
import { buildInit } from '../request/build-init'
import { toRequest } from '../request/built-request'
import { requestsOf, testUploader, testVideo } from '../../test/test-support'
import { serveDuringTests } from '../../test/serve-during-tests'
import { createMediaProxy, type MediaProxyOptions } from './media-proxy'

const APP = 'http://app.test'
const SLOW_X = 'http://slow-x.test'
const secrets = { consumerSecret: 'app-consumer-secret', tokenSecret: 'user-token-secret' }
const clock = createManualClock()
// The mock verifies OAuth 1.0a signatures; a token `{userId}-…` makes userId the owner.
const mock = createMediaMock({ seed: 5, clock, oauth1: secrets })
const tokenOf = (userId: string): OAuth1Credentials => ({ consumerKey: 'app-key', token: `${userId}-token`, ...secrets })
let handler: (request: Request) => Promise<Response>
const server = serveDuringTests(
  mock,
  http.all(`${APP}/api/x/*`, ({ request }) => handler(request)),
  // An X that takes the request and never answers.
  http.all(`${SLOW_X}/*`, () => new Promise<never>(() => {})),
)

function useProxy(overrides: Partial<MediaProxyOptions> = {}): void {
  handler = createMediaProxy({
    credentials: { oauth1: tokenOf('111') },
    pathPrefix: '/api/x',
    authorizeRequest: (request) => request.headers.get('x-user') ?? false,
    ...overrides,
  })
}

const v2 = resolveEndpoint({ dialect: 'v2', baseUrl: `${APP}/api/x` })
const initRequest = (headers: Record<string, string> = {}, dialect: 'v2' | 'v1.1' = 'v2'): Request => {
  const request = toRequest(buildInit(resolveEndpoint({ dialect, baseUrl: `${APP}/api/x` }), { totalBytes: 1_000, mediaType: 'video/mp4', mediaCategory: 'tweet_video' }))
  const merged = new Headers(request.headers)
  for (const [name, value] of Object.entries({ 'x-user': 'user-a', ...headers })) merged.set(name, value)
  return new Request(request, { headers: merged })
}
async function proxyError(answer: Response): Promise<{ status: number; code: string; retryable: boolean; message: string }> {
  const { status, code, retryable, message } = errorFromResponse({ status: answer.status, headers: answer.headers, body: await answer.text() }, clock.now())
  return { status: status ?? 0, code, retryable, message }
}

describe('the proxy’s own answers', () => {
  it('reaches the app as sign-in-required, not as X refusing the credentials', async () => {
    useProxy()
    const { uploader } = testUploader('v2', clock, { baseUrl: `${APP}/api/x` })

    const error = await rejectionOf(uploader.upload(testVideo(2_000)))

    expect(error).toMatchObject({ code: 'sign-in-required', status: 401, retryable: false })
    expect(mock.store.requests).toHaveLength(0)
  })

  it('answers a throwing authorizeRequest with sign-in-required, never a crash', async () => {
    useProxy({ authorizeRequest: () => Promise.reject(new Error('session store down')) })
    expect(await proxyError(await handler(initRequest()))).toMatchObject({ status: 401, code: 'sign-in-required' })
  })

  it('refuses an authorizeRequest that says only `true`: isolation needs the caller’s id', async () => {
    useProxy({ authorizeRequest: () => true as unknown as string })
    const answer = await proxyError(await handler(initRequest()))
    expect(answer).toMatchObject({ status: 401, code: 'sign-in-required' })
    expect(answer.message).toContain('must return the caller’s id')
    expect(mock.store.requests).toHaveLength(0)
  })

  it('answers another method on a media path with 405 and Allow', async () => {
    useProxy()
    const answers = await Promise.all(
      ['PUT', 'PATCH', 'OPTIONS', 'DELETE'].map((method) => handler(new Request(`${APP}/api/x/2/media/upload/initialize`, { method, headers: { 'x-user': 'user-a' } }))),
    )
    expect(answers.map((answer) => [answer.status, answer.headers.get('allow')])).toEqual(answers.map(() => [405, 'POST']))
    expect(await proxyError(answers[0] as Response)).toMatchObject({ code: 'not-a-media-endpoint' })
  })

  it('checks the Origin when asked to (cookie sessions): only the app’s pages may upload', async () => {
    useProxy({ allowedOrigins: ['https://app.example'] })
    const [evil, nullOrigin, crossSite, own, noOrigin] = await Promise.all([
      handler(initRequest({ origin: 'https://evil.example' })),
      handler(initRequest({ origin: 'null' })),
      handler(initRequest({ 'sec-fetch-site': 'cross-site' })),
      handler(initRequest({ origin: 'https://APP.example' })),
      handler(initRequest()),
    ])
    expect(await proxyError(evil)).toMatchObject({ status: 403, code: 'origin-not-allowed' })
    expect([nullOrigin.status, crossSite.status, own.status, noOrigin.status]).toEqual([403, 403, 200, 200])
    expect(thrownBy(() => createMediaProxy({ credentials: { bearerToken: 't' }, authorizeRequest: () => 'u', allowedOrigins: ['app.example'] }))).toMatchObject({ code: 'invalid-argument' })
  })

  it('answers 504 upstream-timeout when X never answers', async () => {
    useProxy({ upstream: SLOW_X, upstreamTimeoutMs: 50 })
    const answer = await proxyError(await handler(initRequest()))
    expect(answer).toMatchObject({ status: 504, code: 'upstream-timeout', retryable: true, message: 'X did not answer within 50 ms.' })
  })
})

describe('credentials per caller', () => {
  it('signs each caller’s requests with that caller’s own OAuth 1.0a token', async () => {
    useProxy({ credentials: { oauth1: (_request, callerId) => tokenOf(callerId === 'user-a' ? '111' : '222') } })
    const [a, b] = await Promise.all([handler(initRequest()), handler(initRequest({ 'x-user': 'user-b' }))])
    const ids = await Promise.all([a, b].map(async (answer) => ((await answer.json()) as { data: { id: string } }).data.id))
    expect(ids.map((id) => mock.store.get(id)?.owner)).toEqual(['111', '222'])
  })

  it('answers sign-in-required, and sends nothing to X, for a caller without complete credentials', async () => {
    const { consumerKey, consumerSecret, token } = tokenOf('111')
    const cases: Array<MediaProxyOptions['credentials']> = [
      { oauth1: () => undefined },
      { oauth1: () => ({ consumerKey, consumerSecret, token }) as OAuth1Credentials },
      { bearerToken: () => undefined },
      { bearerToken: async () => '' },
    ]
    const answers = []
    for (const credentials of cases) {
      useProxy({ credentials })
      answers.push(await proxyError(await handler(initRequest())))
    }
    expect(answers.map((answer) => [answer.status, answer.code])).toEqual(cases.map(() => [401, 'sign-in-required']))
    expect(answers[1]?.message).toContain('tokenSecret')
    expect(mock.store.requests).toHaveLength(0)
  })

  it('refuses fixed credentials that could never sign, at start-up', () => {
    const { consumerKey, token } = tokenOf('111')
    const error = thrownBy(() => createMediaProxy({ credentials: { oauth1: { consumerKey, token } as OAuth1Credentials }, authorizeRequest: () => 'u' }))
    expect(error).toMatchObject({ code: 'invalid-argument' })
    expect(error.message).toContain('consumerSecret, tokenSecret')
  })

  it('signs a form body whatever the case of its Content-Type', async () => {
    useProxy()
    const answer = await handler(initRequest({ 'content-type': 'Application/X-WWW-Form-URLencoded' }, 'v1.1'))
    expect(answer.status).toBe(202)
    expect(requestsOf(mock, 'INIT', 'ok')).toHaveLength(1)
  })
})

describe('request bodies on their way to X', () => {
  async function ownVideo(): Promise<string> {
    const answer = await handler(initRequest())
    return ((await answer.json()) as { data: { id: string } }).data.id
  }

  it('forwards the Content-Length the browser sent, with the body still streamed', async () => {
    useProxy({ credentials: { bearerToken: 'app-token' } })
    const id = await ownVideo()
    const append = toRequest(buildAppend(v2, { mediaId: id, segmentIndex: 0, media: testVideo(1_000) }))
    const bytes = new Uint8Array(await append.arrayBuffer())
    const atX: Array<string | null> = []
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/append') && !request.url.startsWith(APP)) atX.push(request.headers.get('content-length'))
    })
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 300))
        controller.enqueue(bytes.subarray(300))
        controller.close()
      },
    })

    const answer = await handler(
      new Request(append.url, {
        method: 'POST',
        body: streamed,
        duplex: 'half',
        headers: { 'x-user': 'user-a', 'content-type': append.headers.get('content-type') ?? '', 'content-length': String(bytes.length) },
      } as RequestInit),
    )
    server.events.removeAllListeners()

    expect(answer.status).toBeLessThan(300)
    expect(atX).toEqual([String(bytes.length)])
    expect(mock.store.get(id)?.segmentIndices).toEqual([0])
  })

  it('refuses a body longer or shorter than its Content-Length, and a malformed one', async () => {
    useProxy({ credentials: { bearerToken: 'app-token' } })
    const id = await ownVideo()
    const send = (declared: string, size: number): Promise<Response> =>
      handler(
        new Request(`${APP}/api/x/2/media/upload/${id}/append`, {
          method: 'POST',
          body: new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new Uint8Array(size))
              controller.close()
            },
          }),
          duplex: 'half',
          headers: { 'x-user': 'user-a', 'content-type': 'multipart/form-data; boundary=b', 'content-length': declared },
        } as RequestInit),
      )

    const answers = await Promise.all([send('100', 200), send('300', 200), send('200, 200', 200), send('-1', 200)])

    expect(await Promise.all(answers.map(async (answer) => (await proxyError(answer)).code))).toEqual(answers.map(() => 'proxy-bad-request'))
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400])
    expect(requestsOf(mock, 'APPEND', 'ok')).toHaveLength(0)
  })
})
