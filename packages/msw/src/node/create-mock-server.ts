import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMediaMockWith, responderOf, type MediaMock, type MediaMockOptions } from '../create-media-mock'
import { nodeSha256OfParts } from './node-digest'
import { jsonResponse } from '../handlers/media-json'
import { v1ServerErrorResponse } from '../handlers/v1-responses'
import { createInspector, INSPECTOR_PATH, type Inspector } from '../inspector/inspector-server'
import type { ScenarioOptions } from '../scenarios/scenario-options'
import type { MediaStore } from '../store/media-store'
import { corsHeaders } from './cors'
import { nodeBodyReader, sendFetchResponse, toFetchRequest } from './node-request'

/** Options of {@link createMockServer}: the mock's options plus where to listen. */
export interface MockServerOptions extends Omit<MediaMockOptions, 'baseUrl' | 'xHosts'> {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string
  /** Serve the inspector page and its control API under `/__inspector/` (default true). */
  inspector?: boolean
}

/** A listening mock server. */
export interface MockServer {
  /** Base URL to give clients, e.g. `http://127.0.0.1:4010` (v2 at `/2/…`, v1.1 at `/1.1/…`). */
  readonly url: string
  readonly port: number
  /** The inspector page (`{url}/__inspector/`), or `undefined` when turned off. */
  readonly inspectorUrl: string | undefined
  readonly store: MediaStore
  readonly mock: MediaMock
  configure(partial: ScenarioOptions): void
  reset(): void
  close(): Promise<void>
}

/** How long a connection whose body was refused unread stays open for the client to read the answer. */
const UNREAD_BODY_LINGER_MS = 1000

const NOT_FOUND = JSON.stringify({ errors: [{ code: 34, message: 'Sorry, that page does not exist' }] })

async function handle(mock: MediaMock, inspector: Inspector | undefined, req: IncomingMessage, res: ServerResponse, fallbackHost: string): Promise<void> {
  if (inspector?.serve(req, res)) return
  const cors = corsHeaders(req)
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors).end()
    return
  }
  const request = toFetchRequest(req, fallbackHost)
  const time = mock.store.clock.now()
  const answer = await responderOf(mock)(request, nodeBodyReader(req))
  const response = answer ?? jsonResponse(NOT_FOUND, 404)
  // Read by the inspector before the body is streamed to the client.
  const recorded = inspector?.record(request, response, time)
  await deliver(req, res, response, cors, answer === undefined)
  await recorded
}

/** Sends the mock's answer, keeping or closing the connection as the request's body requires. */
async function deliver(req: IncomingMessage, res: ServerResponse, response: Response, cors: Record<string, string>, notFound: boolean): Promise<void> {
  if (notFound) {
    req.resume()
    await sendFetchResponse(response, res, cors)
    return
  }
  // HttpResponse.error(): the scenario drops the connection.
  if (response.type === 'error') {
    req.socket.destroy()
    return
  }
  if (req.complete) {
    // The whole request has arrived (a body left unread is already in memory): keep the connection.
    req.resume()
    await sendFetchResponse(response, res, cors)
    return
  }
  // Refused before its body arrived (413): answer, then close rather than read the rest.
  await sendFetchResponse(response, res, { ...cors, connection: 'close' })
  res.once('finish', () => setTimeout(() => req.socket.destroy(), UNREAD_BODY_LINGER_MS).unref())
}

/**
 * Serves the mock over HTTP on localhost, for dev environments, benchmarks and clients
 * that are not JavaScript (curl). It answers on any Host header and any path prefix-free
 * URL: `{url}/2/media/upload/initialize`, `{url}/1.1/media/upload.json`.
 * @example
 * const server = await createMockServer({ port: 0, seed: 1 })
 * const client = new Client({ accessToken: 'token', baseUrl: server.url })
 * await server.close()
 */
export async function createMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = '127.0.0.1', inspector: withInspector = true, ...mockOptions } = options
  const mock = createMediaMockWith({ ...mockOptions, baseUrl: '*', xHosts: false }, { digest: nodeSha256OfParts })
  const inspector = withInspector ? createInspector(mock) : undefined
  let fallbackHost = host
  const server = createServer((req, res) => {
    handle(mock, inspector, req, res, fallbackHost).catch((error: unknown) => {
      if (!res.headersSent) {
        // A fault of the mock itself answers as X's 500 "Internal error".
        sendFetchResponse(v1ServerErrorResponse(500), res, {}).catch(() => res.destroy())
      } else {
        res.destroy(error instanceof Error ? error : undefined)
      }
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const { port: actualPort } = server.address() as AddressInfo
  fallbackHost = `${host}:${actualPort}`
  return {
    url: `http://${fallbackHost}`,
    port: actualPort,
    inspectorUrl: inspector && `http://${fallbackHost}${INSPECTOR_PATH}`,
    store: mock.store,
    mock,
    configure: (partial) => mock.configure(partial),
    reset: () => mock.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        inspector?.close()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
