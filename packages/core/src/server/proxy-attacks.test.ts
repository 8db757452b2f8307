// The proxy attack table: each row is sent byte for byte to the proxy on a real socket,
// with the standalone mock of X behind it, and has its expected status, the proxy's code
// (or none, when Node's parser refuses the request first) and whether X may see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveEndpoint } from '../endpoints'
import { PNG_BYTES } from '../../test/test-media'
import { buildAltText } from '../request/build-alt-text'
import { buildAppend } from '../request/build-append'
import { buildFinalize } from '../request/build-finalize'
import { buildInit } from '../request/build-init'
import { buildSimpleUpload } from '../request/build-simple-upload'
import { buildStatus } from '../request/build-status'
import { toRequest, type BuiltRequest } from '../request/built-request'
import { testVideo } from '../../test/test-support'
import { rawRequest } from '../../test/raw-http'
import { startLoopbackProxy, type LoopbackProxy } from '../../test/proxy-on-loopback'

let proxy: LoopbackProxy
beforeAll(async () => {
  proxy = await startLoopbackProxy({ maxBytes: 64 * 1024, allowedOrigins: ['https://app.example'] })
})
afterAll(() => proxy.close())

const INIT_BODY = JSON.stringify({ media_type: 'video/mp4', total_bytes: 1_000, media_category: 'tweet_video' })
const json = (body: string): string => `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}`
const post = (target: string, extra = ''): string => `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-User: user-a\r\n${json(INIT_BODY)}${extra}`

interface Row {
  name: string
  head: string
  body?: string
  halfClose?: boolean
  status: number
  /** The proxy's code in `X-Tweet-Media-Proxy`, or `null` when the proxy did not write the answer. */
  code: string | null
  /** Whether X may get the request (the row's request is one an honest client could send). */
  reachesX: boolean
}

const ROWS: Row[] = [
  // Paths
  { name: 'another X endpoint', head: post('/api/x/2/tweets'), body: INIT_BODY, status: 404, code: 'not-a-media-endpoint', reachesX: false },
  { name: 'v1.1 statuses', head: post('/api/x/1.1/statuses/update.json'), body: INIT_BODY, status: 404, code: 'not-a-media-endpoint', reachesX: false },
  { name: 'dot segments', head: post('/api/x/2/media/upload/../../tweets'), body: INIT_BODY, status: 404, code: 'not-a-media-endpoint', reachesX: false },
  { name: 'encoded dot segments', head: post('/api/x/2/media/upload/%2e%2e/%2E%2E/tweets'), body: INIT_BODY, status: 404, code: 'not-a-media-endpoint', reachesX: false },
  { name: 'double-encoded dots', head: post('/api/x/2/media/upload/%252e%252e/%252e%252e/tweets'), body: INIT_BODY, status: 404, code: 'not-a-media-endpoint', reachesX: false },
  { name: 'encoded slashes', head: post('/api/x/2/media/upload%2F..%2F..%2Ftweets'), body: INIT_BODY, status: 404, code: 'not-a-media-endpoint', reachesX: false },
  { name: 'backslashes', head: post('/api/x/2/media/upload\\..\\..\\tweets'), body: INIT_BODY, status: 404, code: 'not-a-media-endpoint', reachesX: false },
  { name: 'outside the prefix', head: post('/elsewhere/2/media/upload/initialize'), body: INIT_BODY, status: 404, code: 'not-a-media-endpoint', reachesX: false },
  { name: 'prefix look-alike', head: post('/api/xx/2/media/upload/initialize'), body: INIT_BODY, status: 404, code: 'not-a-media-endpoint', reachesX: false },
  { name: 'protocol-relative target', head: post('//evil.example/2/media/upload/initialize'), body: INIT_BODY, status: 404, code: 'not-a-media-endpoint', reachesX: false },
  { name: 'non-numeric media id', head: post('/api/x/2/media/upload/12ab/append'), body: INIT_BODY, status: 404, code: 'not-a-media-endpoint', reachesX: false },
  // An absolute target or another Host changes nothing: the request still goes to X only.
  { name: 'absolute-form target on another host', head: post('http://evil.example/api/x/2/media/upload/initialize'), body: INIT_BODY, status: 200, code: null, reachesX: true },
  { name: 'Host of another site', head: post('/api/x/2/media/upload/initialize').replace('Host: 127.0.0.1', 'Host: evil.example'), body: INIT_BODY, status: 200, code: null, reachesX: true },
  { name: 'X-Forwarded-* headers', head: post('/api/x/2/media/upload/initialize', '\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: http\r\nX-Forwarded-For: 10.0.0.1'), body: INIT_BODY, status: 200, code: null, reachesX: true },
  { name: 'malformed Host', head: post('/api/x/2/media/upload/initialize').replace('Host: 127.0.0.1', 'Host: [::1'), body: INIT_BODY, status: 400, code: 'proxy-bad-request', reachesX: false },
  { name: 'no Host', head: post('/api/x/2/media/upload/initialize').replace('Host: 127.0.0.1\r\n', ''), body: INIT_BODY, status: 400, code: null, reachesX: false },
  // Methods
  { name: 'TRACE', head: 'TRACE /api/x/2/media/upload/initialize HTTP/1.1\r\nHost: 127.0.0.1\r\nX-User: user-a', status: 405, code: 'not-a-media-endpoint', reachesX: false },
  { name: 'PUT on a media path', head: post('/api/x/2/media/upload/initialize').replace('POST', 'PUT'), body: INIT_BODY, status: 405, code: 'not-a-media-endpoint', reachesX: false },
  { name: 'GET on initialize', head: 'GET /api/x/2/media/upload/initialize HTTP/1.1\r\nHost: 127.0.0.1\r\nX-User: user-a', status: 405, code: 'not-a-media-endpoint', reachesX: false },
  { name: 'OPTIONS', head: 'OPTIONS /api/x/2/media/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nX-User: user-a', status: 405, code: 'not-a-media-endpoint', reachesX: false },
  { name: 'lower-case method', head: post('/api/x/2/media/upload/initialize').replace('POST', 'post'), body: INIT_BODY, status: 400, code: null, reachesX: false },
  // Callers and pages
  { name: 'no session', head: post('/api/x/2/media/upload/initialize').replace('X-User: user-a\r\n', ''), body: INIT_BODY, status: 401, code: 'sign-in-required', reachesX: false },
  { name: 'another site’s page (CSRF)', head: post('/api/x/2/media/upload/initialize', '\r\nOrigin: https://evil.example'), body: INIT_BODY, status: 403, code: 'origin-not-allowed', reachesX: false },
  { name: 'the app’s own page', head: post('/api/x/2/media/upload/initialize', '\r\nOrigin: https://app.example'), body: INIT_BODY, status: 200, code: null, reachesX: true },
  // Headers and bodies
  { name: 'huge headers', head: post('/api/x/2/media/upload/initialize', `\r\nCookie: ${'a'.repeat(64 * 1024)}`), body: INIT_BODY, status: 431, code: null, reachesX: false },
  { name: 'declared length over the limit', head: post('/api/x/2/media/upload/initialize').replace(/Content-Length: \d+/, 'Content-Length: 10000000'), status: 413, code: 'proxy-payload-too-large', reachesX: false },
  {
    name: 'chunked body over the limit',
    head: 'POST /api/x/2/media/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nX-User: user-a\r\nContent-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked',
    body: `${'10000\r\n' + 'x'.repeat(0x10000) + '\r\n'}`.repeat(3) + '0\r\n\r\n',
    status: 413,
    code: 'proxy-payload-too-large',
    reachesX: false,
  },
  { name: 'body shorter than its Content-Length', head: post('/api/x/2/media/upload/initialize').replace(/Content-Length: \d+/, 'Content-Length: 500'), body: INIT_BODY, halfClose: true, status: 400, code: null, reachesX: false },
  { name: 'malformed Content-Length', head: post('/api/x/2/media/upload/initialize').replace(/Content-Length: (\d+)/, 'Content-Length: +$1'), body: INIT_BODY, status: 400, code: null, reachesX: false },
  { name: 'two Content-Lengths', head: post('/api/x/2/media/upload/initialize', '\r\nContent-Length: 3'), body: INIT_BODY, status: 400, code: null, reachesX: false },
  // Request smuggling
  { name: 'Transfer-Encoding with Content-Length', head: post('/api/x/2/media/upload/initialize', '\r\nTransfer-Encoding: chunked'), body: `0\r\n\r\nGET /api/x/2/tweets HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`, status: 400, code: null, reachesX: false },
  { name: 'obfuscated Transfer-Encoding', head: post('/api/x/2/media/upload/initialize').replace(/Content-Length: \d+/, 'Transfer-Encoding: xchunked'), body: INIT_BODY, status: 400, code: null, reachesX: false },
  { name: 'Transfer-Encoding not last chunked', head: post('/api/x/2/media/upload/initialize').replace(/Content-Length: \d+/, 'Transfer-Encoding: chunked, identity'), body: INIT_BODY, status: 400, code: null, reachesX: false },
]

describe('proxy attack table (real sockets)', () => {
  it.each(ROWS)('$name → $status $code', async (row) => {
    const before = proxy.x.store.requests.length

    const answer = await rawRequest(proxy.port, row.head, row.body, { halfClose: row.halfClose })

    expect(answer.status).toBe(row.status)
    expect(answer.headers['x-tweet-media-proxy'] ?? null).toBe(row.code)
    if (row.code !== null) expect(JSON.parse(answer.body)).toMatchObject({ proxy_error: { code: row.code } })
    // A request X saw whole; one the proxy cut off mid-body is logged by the mock as aborted.
    const reached = proxy.x.store.requests.slice(before).some((entry) => entry.outcome !== 'aborted')
    expect(reached).toBe(row.reachesX)
  })
})

describe('cross-caller access over real sockets', () => {
  const send = (user: string, built: BuiltRequest): Promise<Response> => {
    const request = toRequest(built)
    const headers = new Headers(request.headers)
    headers.set('x-user', user)
    return fetch(new Request(request, { headers }))
  }
  const idIn = async (answer: Response): Promise<string> => ((await answer.json()) as { data: { id: string } }).data.id

  it('refuses user B’s APPEND, FINALIZE, STATUS and alt text on user A’s media, and A carries on', async () => {
    const endpoint = resolveEndpoint({ dialect: 'v2', baseUrl: `${proxy.origin}/api/x` })
    const video = testVideo(4_000)
    const videoId = await idIn(await send('user-a', buildInit(endpoint, { totalBytes: video.size, mediaType: 'video/mp4', mediaCategory: 'tweet_video' })))
    const pictureId = await idIn(await send('user-a', buildSimpleUpload(endpoint, { media: new Blob([PNG_BYTES], { type: 'image/png' }), mediaCategory: 'tweet_image' })))
    const before = proxy.x.store.requests.length

    const byB = await Promise.all([
      send('user-b', buildAppend(endpoint, { mediaId: videoId, segmentIndex: 0, media: video })),
      send('user-b', buildFinalize(endpoint, { mediaId: videoId })),
      send('user-b', buildStatus(endpoint, { mediaId: pictureId })),
      send('user-b', buildAltText(endpoint, { mediaId: pictureId, text: 'Rewritten by B' })),
    ])

    expect(byB.map((answer) => [answer.status, answer.headers.get('x-tweet-media-proxy')])).toEqual(byB.map(() => [403, 'not-media-owner']))
    expect(proxy.x.store.requests.slice(before).filter((entry) => entry.outcome !== 'aborted')).toEqual([])
    const byA = [
      await send('user-a', buildAppend(endpoint, { mediaId: videoId, segmentIndex: 0, media: video })),
      await send('user-a', buildFinalize(endpoint, { mediaId: videoId })),
      await send('user-a', buildAltText(endpoint, { mediaId: pictureId, text: 'Mine' })),
    ]
    expect(byA.map((answer) => answer.status < 300)).toEqual([true, true, true])
    expect(proxy.x.store.get(pictureId)?.altText).toBe('Mine')
    expect(proxy.x.store.get(videoId)?.segmentIndices).toEqual([0])
  })
})
