import { EventEmitter } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMockedX, requestsOf, sha256Hex, testUploader, testVideo } from '../../test/test-support'
import type { Dialect } from '../types'
import { createMediaProxy } from './media-proxy'
import { toNodeHandler, type NodeIncomingMessage, type NodeServerResponse } from './node-adapter'

const { clock, mock } = createMockedX(5)
// msw stands in for X only; requests to the local proxy go over the real network.
const msw = setupServer(...mock.handlers)
const LIMIT = 256 * 1024
const proxy = createMediaProxy({
  credentials: { bearerToken: 'app-user-token' },
  pathPrefix: '/api/x',
  maxBytes: LIMIT,
  authorizeRequest: (request) => (request.headers.get('x-session') === 'ok' ? 'user-a' : false),
})
let httpServer: Server
let origin: string

beforeAll(async () => {
  msw.listen({ onUnhandledFrame: 'bypass' })
  httpServer = createServer(toNodeHandler(proxy))
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`
})
afterEach(() => mock.reset())
afterAll(async () => {
  msw.close()
  httpServer.closeAllConnections()
  await new Promise((resolve) => httpServer.close(resolve))
})

const KIB = 1024

const withSession = (request: Request): Request => {
  const headers = new Headers(request.headers)
  headers.set('x-session', 'ok')
  return new Request(request, { headers })
}

describe.each<Dialect>(['v2', 'v1.1'])('media proxy behind node:http (%s)', (dialect) => {
  it('carries a chunked upload end to end through the adapter', async () => {
    const { uploader } = testUploader(dialect, clock, { baseUrl: `${origin}/api/x`, auth: withSession, chunkSize: 128 * KIB })
    const file = testVideo(600 * KIB + 17)

    const media = await uploader.upload(file)

    expect(mock.store.get(media.mediaId)?.sha256).toBe(await sha256Hex(file))
    expect(mock.store.get(media.mediaId)?.owner).toBe('app-user-token')
  })
})

describe('node:http adapter limits', () => {
  it('answers 413 to a streamed body without Content-Length once it passes the limit', async () => {
    const chunk = new Uint8Array(64 * 1024)
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Four times the limit; the proxy must stop it, not X.
        if (sent > 4 * LIMIT) controller.close()
        else {
          sent += chunk.byteLength
          controller.enqueue(chunk)
        }
      },
    })
    const init = await fetch(`${origin}/api/x/2/media/upload/initialize`, {
      method: 'POST',
      headers: { 'x-session': 'ok', 'content-type': 'application/json' },
      body: JSON.stringify({ media_type: 'video/mp4', total_bytes: 4 * LIMIT, media_category: 'tweet_video' }),
    })
    const { data } = (await init.json()) as { data: { id: string } }
    const answer = await fetch(`${origin}/api/x/2/media/upload/${data.id}/append`, {
      method: 'POST',
      headers: { 'x-session': 'ok', 'content-type': 'multipart/form-data; boundary=x' },
      body,
      duplex: 'half',
    } as RequestInit)

    expect(answer.status).toBe(413)
    expect(requestsOf(mock, 'APPEND', 'ok')).toHaveLength(0)
  })

  it('answers 401 to a caller without a session, before reading the body', async () => {
    const answer = await fetch(`${origin}/api/x/2/media/upload/initialize`, { method: 'POST', body: '{}' })
    expect(answer.status).toBe(401)
    expect(mock.store.requests).toHaveLength(0)
  })
})

/** A socket whose buffer is full from the first write on, and that the client can close. */
class StalledResponse extends EventEmitter implements NodeServerResponse {
  statusCode = 0
  writes = 0
  writableEnded = false
  destroyed = false
  setHeader(): void {}
  write(): boolean {
    this.writes++
    return false
  }
  end(): void {
    this.writableEnded = true
  }
  clientGoesAway(): void {
    this.destroyed = true
    this.emit('close')
  }
}

function getRequest(): NodeIncomingMessage {
  return Object.assign(new EventEmitter(), {
    method: 'GET',
    url: '/2/media/upload?command=STATUS&media_id=1',
    headers: { host: 'app.test' },
    async *[Symbol.asyncIterator]() {},
  })
}

describe('node:http adapter answers', () => {
  it('stops waiting for the socket and releases the answer when the client goes away mid-answer', async () => {
    let released = false
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(16 * KIB)),
      cancel: () => void (released = true),
    })
    const outgoing = new StalledResponse()
    let firstWrite!: () => void
    const written = new Promise<void>((resolve) => (firstWrite = resolve))
    const write = outgoing.write.bind(outgoing)
    outgoing.write = () => {
      firstWrite()
      return write()
    }

    const handled = toNodeHandler(async () => new Response(endless))(getRequest(), outgoing)
    await written
    outgoing.clientGoesAway()
    await handled

    expect(outgoing.writes).toBe(1)
    expect(released).toBe(true)
    expect(outgoing.listenerCount('drain')).toBe(0)
  })
})
