import type { IncomingMessage, ServerResponse } from 'node:http'
import type { MediaMock } from '../create-media-mock'
import { DEFAULT_PROCESSING_ERROR, type ProcessingOptions } from '../scenarios/scenario-options'
import type { RequestLogEntry } from '../store/types'
import { INSPECTOR_ASSETS } from './inspector-assets'
import { inspectMock, type InspectorState } from './inspector-state'
import { sendBytes } from './media-bytes'
import { InspectorRequestLog } from './request-log'
import { InspectorInputError, parseScenarioControl } from './scenario-control'

/** Where the inspector lives: `__` keeps it clear of X's `/1.1/…` and `/2/…` routes. */
export const INSPECTOR_PATH = '/__inspector/'

/** Largest control body read. */
const MAX_CONTROL_BODY = 16_384
/** Changes within this time reach the page as one event. */
const EVENT_COALESCE_MS = 50

/** The inspector of a standalone mock server: its page, live feed and control API. */
export interface Inspector {
  /** Answers a request under {@link INSPECTOR_PATH}; `false` for any other path. */
  serve(req: IncomingMessage, res: ServerResponse): boolean
  /** Logs one exchange of the mock (after its answer is known) and tells the page. */
  record(request: Request, response: Response, time: number): Promise<void>
  /** The state the page shows. */
  state(mediaId?: string): InspectorState
  /** Ends the live feeds. */
  close(): void
}

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body))
}

const refuse = (res: ServerResponse, status: number, code: string, message: string): void =>
  json(res, status, { error: { code, message } })

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength
    if (size > MAX_CONTROL_BODY) throw new InspectorInputError(`the body is over ${MAX_CONTROL_BODY} bytes`)
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new InspectorInputError('the body is not JSON')
  }
}

/**
 * Creates the inspector of a mock: `GET {INSPECTOR_PATH}` is the page, `api/state` and
 * `api/requests` answer JSON, `api/events` streams the state as server-sent events, and
 * `POST` to `api/scenario`, `api/offline`, `api/fail-next-processing`, `api/reset` and
 * `api/media/{id}/expire` change the running mock. `media/{id}/bytes` serves stored bytes.
 */
export function createInspector(mock: MediaMock): Inspector {
  const log = new InspectorRequestLog()
  const claimed = new WeakSet<RequestLogEntry>()
  const feeds = new Set<ServerResponse>()
  let failNext: { previous: ProcessingOptions['fail']; processedBefore: ReadonlySet<string> } | undefined
  let pending: ReturnType<typeof setTimeout> | undefined

  const state = (mediaId?: string): InspectorState => inspectMock(mock, log.list(mediaId), failNext !== undefined)

  const broadcast = (): void => {
    pending = undefined
    if (feeds.size === 0) return
    const frame = `event: state\ndata: ${JSON.stringify(state())}\n\n`
    for (const feed of feeds) feed.write(frame)
  }
  const changed = (): void => {
    if (pending === undefined && feeds.size > 0) pending = setTimeout(broadcast, EVENT_COALESCE_MS)
  }

  /** The store's entry for an exchange: the newest unclaimed one with its method, URL and status. */
  const entryOf = (request: Request, status: number): RequestLogEntry | undefined => {
    const entries = mock.store.recentRequests(64)
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i]
      if (entry && !claimed.has(entry) && entry.method === request.method && entry.url === request.url && entry.status === status) {
        claimed.add(entry)
        return entry
      }
    }
    return undefined
  }

  /** A running processing fails now; otherwise the next one to start fails. */
  const armFailNext = (): void => {
    const running = mock.store.list().find((media) => media.processing?.state === 'pending' || media.processing?.state === 'in_progress')
    const record = running && mock.store.peek(running.id)
    if (record?.processing) {
      record.processing.failWith = DEFAULT_PROCESSING_ERROR
      return
    }
    const processedBefore = new Set(mock.store.list().flatMap((media) => (media.processing ? [media.id] : [])))
    failNext = { previous: mock.scenario.processing?.fail, processedBefore }
    mock.configure({ processing: { fail: true } })
  }
  /** Back to the scenario's own processing once one has started (read from the store: the request log is bounded). */
  const disarmOnceStarted = (): void => {
    const armed = failNext
    if (!armed || !mock.store.list().some((media) => media.processing && !armed.processedBefore.has(media.id))) return
    mock.configure({ processing: { fail: armed.previous ?? false } })
    failNext = undefined
  }

  const control = async (action: string, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // A JSON content type makes a cross-site form or script ask first (CORS preflight), and
    // the inspector sends no CORS headers: only the page and local scripts control the mock.
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      refuse(res, 415, 'json-required', 'send Content-Type: application/json')
      return
    }
    const body = await readJson(req)
    const expire = /^media\/([^/]+)\/expire$/.exec(action)
    if (action === 'scenario') mock.configure(parseScenarioControl(body))
    else if (action === 'reset') {
      mock.reset()
      failNext = undefined
      log.clear()
    } else if (action === 'fail-next-processing') armFailNext()
    else if (expire) {
      const record = mock.store.peek(decodeURIComponent(expire[1] ?? ''))
      if (!record) return refuse(res, 404, 'unknown-media', 'no media with this id')
      record.expiresAt = mock.store.clock.now()
    } else return refuse(res, 404, 'unknown-control', `no control named ${action}`)
    changed()
    json(res, 200, state())
  }

  const feed = (req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' })
    res.write(`retry: 1000\nevent: state\ndata: ${JSON.stringify(state())}\n\n`)
    feeds.add(res)
    req.on('close', () => feeds.delete(res))
  }

  const route = async (path: string, url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET'
    if (method === 'POST' && path.startsWith('api/')) return control(path.slice(4), req, res)
    if (method !== 'GET' && method !== 'HEAD') return refuse(res, 405, 'method-not-allowed', `${method} is not served here`)
    const asset = INSPECTOR_ASSETS[path]
    if (asset) {
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-store', 'content-security-policy': "default-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:" })
      res.end(asset.body)
      return
    }
    const mediaId = url.searchParams.get('mediaId') ?? undefined
    if (path === 'api/state') return json(res, 200, state(mediaId))
    if (path === 'api/requests') return json(res, 200, { requests: log.list(mediaId) })
    if (path === 'api/events') return feed(req, res)
    const bytes = /^media\/([^/]+)\/bytes$/.exec(path)
    const media = bytes && mock.store.get(decodeURIComponent(bytes[1] ?? ''))
    if (media?.bytes) return sendBytes(res, media.bytes, media.mediaType, req.headers.range)
    refuse(res, 404, 'not-found', media ? 'the media has no bytes yet (not finalized)' : 'nothing here')
  }

  return {
    serve(req, res) {
      const url = new URL(req.url ?? '/', 'http://inspector')
      if (url.pathname === INSPECTOR_PATH.slice(0, -1)) {
        res.writeHead(308, { location: INSPECTOR_PATH }).end()
        return true
      }
      if (!url.pathname.startsWith(INSPECTOR_PATH)) return false
      route(url.pathname.slice(INSPECTOR_PATH.length), url, req, res).catch((error: unknown) => {
        if (res.headersSent) res.destroy()
        else if (error instanceof InspectorInputError) refuse(res, 400, 'invalid-control', error.message)
        else refuse(res, 500, 'inspector-fault', error instanceof Error ? error.message : String(error))
      })
      return true
    },
    async record(request, response, time) {
      const status = response.type === 'error' ? 0 : response.status
      const entry = entryOf(request, status)
      const errorBody = status >= 400 ? await response.clone().text() : undefined
      log.add({ method: request.method, path: new URL(request.url).pathname, time, status, errorBody }, entry)
      disarmOnceStarted()
      changed()
    },
    state,
    close() {
      if (pending !== undefined) clearTimeout(pending)
      for (const res of feeds) res.end()
      feeds.clear()
    },
  }
}
