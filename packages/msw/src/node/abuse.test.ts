import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { MAX_CONTROL_BODY_BYTES } from '../handlers/body-limit'
import { MB } from '../index'
import { createV2Client } from '../../test/v2-client'
import { createMockServer, type MockServer } from './index'

let server: MockServer
beforeAll(async () => {
  server = await createMockServer({ seed: 31 })
})
afterEach(() => server.reset())
afterAll(() => server.close())

const AUTH = { authorization: 'Bearer abuser' }

interface RawAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/**
 * Sends headers and then only `sent` (the rest of a declared body may never come), and
 * resolves with the answer; `destroyAfterSend` hangs up without waiting for one.
 */
function rawRequest(path: string, headers: Record<string, string | number>, sent: Buffer, destroyAfterSend = false): Promise<RawAnswer | undefined> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path, method: 'POST', headers: { ...AUTH, ...headers } }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      res.on('error', reject)
    })
    req.on('error', (error) => (destroyAfterSend ? resolve(undefined) : reject(error)))
    req.write(sent, () => {
      if (destroyAfterSend) {
        req.destroy()
        resolve(undefined)
      }
    })
  })
}

async function initialize(): Promise<string> {
  return createV2Client(server.url).initializeId({ media_type: 'video/mp4', total_bytes: 20 * MB, media_category: 'tweet_video' }, AUTH)
}

describe('the standalone server under abuse', () => {
  it.each([
    ['garbage under a declared boundary', 'multipart/form-data; boundary=xyz', 'not multipart at all'],
    ['a part that never ends', 'multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="media"\r\n\r\nabc'],
    ['headers that never end', 'multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="media"'],
    ['no boundary', 'multipart/form-data', '--xyz\r\n\r\n--xyz--'],
  ])('answers malformed multipart (%s) with 400 and stores nothing', async (_, contentType, body) => {
    const id = await initialize()
    const answer = await rawRequest(`/2/media/upload/${id}/append`, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) }, Buffer.from(body))
    expect(answer?.status).toBe(400)
    expect(JSON.parse(answer?.body ?? '')).toMatchObject({ errors: [{ message: 'The multipart body could not be parsed.' }] })
    expect(server.store.get(id)?.segmentIndices).toEqual([])
  })

  it('logs a body cut short as aborted, stores nothing and keeps serving', async () => {
    const id = await initialize()
    await rawRequest(`/2/media/upload/${id}/append`, { 'content-type': 'multipart/form-data; boundary=xyz', 'content-length': 1 * MB }, Buffer.alloc(1000, 1), true)
    await expect.poll(() => server.store.requests.at(-1)?.outcome).toBe('aborted')
    expect(server.store.get(id)?.segmentIndices).toEqual([])
    expect((await createV2Client(server.url).status(id, AUTH)).status).toBe(200)
  })

  it('refuses a 200 MB APPEND from its Content-Length with 413, without reading it, and closes the connection', async () => {
    const id = await initialize()
    const answer = await rawRequest(`/2/media/upload/${id}/append`, { 'content-type': 'multipart/form-data; boundary=xyz', 'content-length': 200 * MB }, Buffer.alloc(64 * 1024))
    expect(answer?.status).toBe(413)
    expect(answer?.headers.connection).toBe('close')
    expect(JSON.parse(answer?.body ?? '')).toMatchObject({ title: 'Payload Too Large', status: 413 })
    expect(server.store.requests.at(-1)).toMatchObject({ status: 413, outcome: 'rejected' })
    expect(server.store.byteSize).toBe(0)
  })

  it('refuses a chunked APPEND once it passes the limit, while it streams', async () => {
    const id = await initialize()
    // No Content-Length: 12 MB sent chunked, over the 8 MB segment limit and its base64 and framing allowance.
    const answer = await rawRequest(`/2/media/upload/${id}/append`, { 'content-type': 'multipart/form-data; boundary=xyz', 'transfer-encoding': 'chunked' }, Buffer.alloc(12 * MB))
    expect(answer?.status).toBe(413)
    expect(server.store.byteSize).toBe(0)
  })

  it('limits the body of INIT too', async () => {
    const body = JSON.stringify({ media_type: 'video/mp4', total_bytes: 10, padding: 'x'.repeat(MAX_CONTROL_BODY_BYTES) })
    const declared = await rawRequest('/2/media/upload/initialize', { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, Buffer.from(body))
    expect(declared?.status).toBe(413)
    const streamed = await rawRequest('/2/media/upload/initialize', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, Buffer.from(body))
    expect(streamed?.status).toBe(413)
    expect(server.store.list()).toEqual([])
  })

  it('answers 300 concurrent INITs, each with its own id', async () => {
    const v2 = createV2Client(server.url)
    const answers = await Promise.all(
      Array.from({ length: 300 }, () => v2.initialize({ media_type: 'image/png', total_bytes: 10 }, AUTH).then(async (r) => ({ status: r.status, body: (await r.json()) as { data: { id: string } } }))),
    )
    expect(answers.every((answer) => answer.status === 200)).toBe(true)
    expect(new Set(answers.map((answer) => answer.body.data.id)).size).toBe(300)
    expect(server.store.list()).toHaveLength(300)
  })
})
