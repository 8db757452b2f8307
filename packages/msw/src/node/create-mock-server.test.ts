import { request as httpRequest } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { bytesOf, sha256 } from '../../test/media-fixtures'
import { createMockServer, type MockServer } from './index'

let server: MockServer
beforeAll(async () => {
  server = await createMockServer({ seed: 5 })
})
afterEach(() => server.reset())
afterAll(() => server.close())

const AUTH = { authorization: 'Bearer loopback-user' }

/** A raw HTTP request with a chosen Host header, as clients resolving upload.x.com to loopback send. */
function rawPost(path: string, host: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, path, method: 'POST', headers: { ...headers, host, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

describe('standalone mock server', () => {
  it('runs a whole v2 upload over loopback and keeps the bytes', async () => {
    const file = bytesOf(6000)
    const init = await fetch(`${server.url}/2/media/upload/initialize`, {
      method: 'POST',
      body: JSON.stringify({ media_type: 'video/mp4', total_bytes: 6000, media_category: 'tweet_video' }),
      headers: { ...AUTH, 'content-type': 'application/json' },
    })
    const { data } = (await init.json()) as { data: { id: string } }
    for (const [index, part] of [file.subarray(0, 4000), file.subarray(4000)].entries()) {
      const body = new FormData()
      body.set('segment_index', String(index))
      body.set('media', new Blob([part]))
      expect((await fetch(`${server.url}/2/media/upload/${data.id}/append`, { method: 'POST', body, headers: AUTH })).status).toBe(200)
    }
    const finalize = await fetch(`${server.url}/2/media/upload/${data.id}/finalize`, {
      method: 'POST',
      body: '{}',
      headers: { ...AUTH, 'content-type': 'application/json' },
    })
    expect(await finalize.json()).toMatchObject({ data: { id: data.id, size: 6000, processing_info: { state: 'pending' } } })
    expect(server.store.get(data.id)?.sha256).toBe(await sha256(file))
  })

  it('answers on any Host header, such as upload.x.com', async () => {
    const response = await rawPost('/1.1/media/upload.json', 'upload.x.com', 'command=INIT&total_bytes=1&media_type=image%2Fpng', {
      ...AUTH,
      'content-type': 'application/x-www-form-urlencoded',
    })
    expect(response.status).toBe(202)
    expect(server.store.requests[0]?.url).toBe('http://upload.x.com/1.1/media/upload.json')
  })

  it('answers CORS preflights and exposes the rate-limit headers', async () => {
    const preflight = await fetch(`${server.url}/2/media/upload/initialize`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization, content-type')

    const response = await fetch(`${server.url}/2/media/upload?media_id=1`, { headers: { ...AUTH, origin: 'http://localhost:5173' } })
    expect(response.headers.get('access-control-expose-headers')).toContain('x-rate-limit-reset')
  })

  it('drops the connection when the scenario says so', async () => {
    server.configure({ offline: true })
    await expect(fetch(`${server.url}/2/media/upload?media_id=1`, { headers: AUTH })).rejects.toThrow(TypeError)
  })

  it('answers 404 for paths that are not media endpoints', async () => {
    const response = await fetch(`${server.url}/2/tweets`, { method: 'POST', headers: AUTH, body: '{}' })
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ errors: [{ code: 34, message: 'Sorry, that page does not exist' }] })
  })
})
