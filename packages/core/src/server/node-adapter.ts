import { proxyErrorResponse } from '../errors/proxy-error'

// Structural types of Node's http objects, so this entry needs no Node types or imports
// and still bundles for edge runtimes.

/** The part of `http.IncomingMessage` the adapter reads. */
export interface NodeIncomingMessage extends AsyncIterable<Uint8Array | string> {
  method?: string | undefined
  url?: string | undefined
  headers: Record<string, string | string[] | undefined>
  once(event: 'close', listener: () => void): unknown
}

/** The part of `http.ServerResponse` the adapter writes. */
export interface NodeServerResponse {
  statusCode: number
  setHeader(name: string, value: string | string[]): unknown
  write(chunk: Uint8Array): boolean
  end(): unknown
  once(event: 'drain' | 'close', listener: () => void): unknown
  removeListener(event: 'drain' | 'close', listener: () => void): unknown
  readonly writableEnded: boolean
  readonly destroyed: boolean
}

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /** Origin for building absolute request URLs; default `http://<Host header>`. */
  origin?: string
}

const encoder = new TextEncoder()

/** Methods the Fetch API cannot carry in a `Request`: no handler could ever see them. */
const UNREPRESENTABLE_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK'])

function toWebRequest(incoming: NodeIncomingMessage, origin: string, signal: AbortSignal): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = incoming.method ?? 'GET'
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal }
  if (method !== 'GET' && method !== 'HEAD') {
    const iterator = incoming[Symbol.asyncIterator]()
    init.body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { value, done } = await iterator.next()
        if (done) controller.close()
        else controller.enqueue(typeof value === 'string' ? encoder.encode(value) : value)
      },
      async cancel() {
        await iterator.return?.()
      },
    })
    init.duplex = 'half'
  }
  return new Request(new URL(incoming.url ?? '/', origin), init)
}

async function writeWebResponse(response: Response, outgoing: NodeServerResponse): Promise<void> {
  outgoing.statusCode = response.status
  response.headers.forEach((value, name) => {
    outgoing.setHeader(name, value)
  })
  if (response.body) {
    const reader = response.body.getReader()
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      if (outgoing.destroyed) {
        // The client went away: release the answer (and X's connection behind it).
        await reader.cancel()
        break
      }
      // Respect back-pressure: wait for the socket before reading more.
      if (!outgoing.write(value)) await drainedOrClosed(outgoing)
    }
  }
  if (!outgoing.writableEnded && !outgoing.destroyed) outgoing.end()
}

/** A closed socket never drains: wait for whichever comes first. */
function drainedOrClosed(outgoing: NodeServerResponse): Promise<void> {
  return new Promise<void>((resolve) => {
    const settle = (): void => {
      outgoing.removeListener('drain', settle)
      outgoing.removeListener('close', settle)
      resolve()
    }
    outgoing.once('drain', settle)
    outgoing.once('close', settle)
  })
}

/**
 * Adapts a `Request → Response` handler (such as {@link createMediaProxy}'s) to Node's
 * `http.createServer`. Bodies stream both ways; a client that goes away aborts the request.
 *
 * @example
 * ```ts
 * http.createServer(toNodeHandler(createMediaProxy(options))).listen(3000)
 * ```
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
  options: NodeHandlerOptions = {},
): (incoming: NodeIncomingMessage, outgoing: NodeServerResponse) => Promise<void> {
  return async (incoming, outgoing) => {
    const controller = new AbortController()
    outgoing.once('close', () => {
      if (!outgoing.writableEnded) controller.abort()
    })
    const host = incoming.headers.host
    const origin = options.origin ?? `http://${typeof host === 'string' ? host : 'localhost'}`
    const method = (incoming.method ?? 'GET').toUpperCase()
    if (UNREPRESENTABLE_METHODS.has(method)) {
      await writeWebResponse(proxyErrorResponse('not-a-media-endpoint', `${method} is not served here.`, { status: 405 }), outgoing)
      return
    }
    let request: Request
    try {
      request = toWebRequest(incoming, origin, controller.signal)
    } catch {
      // An unparsable Host or target, or a method name the Fetch API refuses.
      await writeWebResponse(proxyErrorResponse('proxy-bad-request', 'The request line or Host header is malformed.'), outgoing)
      return
    }
    let response: Response
    try {
      response = await handler(request)
    } catch {
      response = Response.json({ title: 'Internal Server Error', status: 500, type: 'about:blank' }, { status: 500 })
    }
    try {
      await writeWebResponse(response, outgoing)
    } catch {
      // The answer failed mid-body: end what was sent.
      if (!outgoing.writableEnded && !outgoing.destroyed) outgoing.end()
    }
  }
}
