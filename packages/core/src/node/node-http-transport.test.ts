import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createManualClock } from '@tweet-media/msw'
import { createMockServer, type MockServer } from '@tweet-media/msw/node'
import { oauth1Authorizer } from '../auth/oauth1'
import { MIB, sha256Hex, testUploader, testVideo } from '../../test/test-support'
import type { Dialect } from '../types'
import { nodeHttpTransport } from './node-http-transport'

const clock = createManualClock()
let server: MockServer
beforeAll(async () => {
  server = await createMockServer({ seed: 11, clock })
})
afterEach(() => server.reset())
afterAll(() => server.close())

const OAUTH1 = { consumerKey: 'ck', consumerSecret: 'cs', token: 'user-a', tokenSecret: 'ts' }

describe.each<Dialect>(['v2', 'v1.1'])('node:http transport against the standalone mock (%s)', (dialect) => {
  it('uploads a chunked video byte for byte, every segment in its place', async () => {
    const { uploader } = testUploader(dialect, clock, {
      baseUrl: server.url,
      transport: nodeHttpTransport(),
      chunkSize: MIB,
      ...(dialect === 'v1.1' ? { auth: oauth1Authorizer(OAUTH1) } : {}),
    })
    const file = testVideo(3 * MIB + 5)
    const media = await uploader.upload(file)
    expect(server.store.get(media.mediaId)?.sha256).toBe(await sha256Hex(file))
    expect(server.store.get(media.mediaId)?.segmentIndices).toEqual([0, 1, 2, 3])
  })
})

describe('node:http transport', () => {
  it("resolves X's error statuses with their headers, for the retry policy to read", async () => {
    server.configure({ rateLimit: { afterRequests: 0, resetAfterSecs: 60 } })
    const { uploader } = testUploader('v2', clock, { baseUrl: server.url, transport: nodeHttpTransport(), retry: false })
    await expect(uploader.upload(testVideo(2 * MIB))).rejects.toMatchObject({ code: 'rate-limited', retryable: true })
  })

})

describe('node:http transport connections', () => {
  // A bare server: what is checked here is the socket, not X's answers.
  let connections = 0
  let bare: Server
  let url = ''
  beforeAll(async () => {
    bare = createServer((req, res) => {
      if (req.url === '/hang') return
      req.resume()
      req.on('end', () => res.end('{}'))
    })
    bare.on('connection', () => (connections += 1))
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    bare.closeAllConnections()
    await new Promise((resolve) => bare.close(resolve))
  })

  it('keeps one connection alive across requests', async () => {
    const transport = nodeHttpTransport()
    const before = connections
    for (let index = 0; index < 3; index++) {
      const answer = await transport.send(new Request(`${url}/ok`, { method: 'POST', body: 'x'.repeat(10_000) }))
      expect(answer.status).toBe(200)
    }
    expect(connections - before).toBe(1)
  })

  it('rejects as aborted when the signal fires while waiting for the answer', async () => {
    const controller = new AbortController()
    const pending = nodeHttpTransport().send(new Request(`${url}/hang`, { method: 'POST', body: 'x' }), { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    await expect(pending).rejects.toMatchObject({ code: 'aborted' })
  })

  it('rejects with a retryable network error when nothing listens', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise((resolve) => closed.close(resolve))
    await expect(nodeHttpTransport().send(new Request(`http://127.0.0.1:${port}/`))).rejects.toMatchObject({ code: 'network', retryable: true })
  })
})
