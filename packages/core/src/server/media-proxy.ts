import { resolveEndpoint } from '../endpoints'
import { describeValue, invalidArgument } from '../errors/invalid-argument'
import { proxyErrorResponse, type ProxyErrorCode } from '../errors/proxy-error'
import type { Dialect } from '../types'
import { declaredLength, defaultBodyLimit } from './body-limit'
import { assertUsableCredentials, signerFor, type ProxyCredentials } from './caller-credentials'
import { createDeadline } from './deadline'
import { inspectBody, type BodyFault } from './inspect-body'
import { jsonIdScanner } from './json-ids'
import { idsInForm, idsInUrl, type MediaIdScanner } from './media-ids'
import { allowedMethods, matchMediaRoute } from './media-routes'
import { multipartBoundary, multipartIdScanner } from './multipart-ids'
import { normalizeOrigins, originAllowed } from './origin-check'
import { OwnerStoreUnavailable, bindAnsweredMedia, ownsAll } from './owner-binding'
import { createMemoryOwnerStore, type MediaOwnerStore } from './owner-store'

/**
 * What `authorizeRequest` decides: the caller's stable id (a user id: media is bound to
 * it), `false` / `null` / `undefined` for a `sign-in-required` 401, or your own `Response`.
 */
export type CallerDecision = string | false | null | undefined | Response

/** Options of {@link createMediaProxy}. */
export interface MediaProxyOptions {
  credentials: ProxyCredentials
  /**
   * Who the caller is (a session cookie, a token…): return a stable caller id, or `false`
   * for a 401, or your own `Response`. Runs before any body is read; a throw is a 401.
   * Each media id is bound to the caller whose request created it: other callers are
   * refused with 403 `not-media-owner`.
   */
  authorizeRequest: (request: Request) => CallerDecision | Promise<CallerDecision>
  /** Where media ids and their owners are kept. Default: in memory (one server instance). */
  owners?: MediaOwnerStore
  /**
   * Origins allowed to send uploads (`['https://app.example']`), for apps that authenticate
   * with cookies (CSRF): another `Origin` is a 403 `origin-not-allowed`. Default: no check.
   */
  allowedOrigins?: readonly string[]
  /** How long X may take to answer once the body is sent, in ms; then a 504 `upstream-timeout`. Default 60,000. */
  upstreamTimeoutMs?: number
  /** Where requests go, per dialect or one origin for both. Default: X's hosts. */
  upstream?: string | Partial<Record<Dialect, string>>
  /** The path the proxy is mounted on, e.g. `'/api/x'`; the client's `baseUrl` is the same. */
  pathPrefix?: string
  /** Body limit in bytes for every request. Default: per endpoint (an APPEND segment, a one-shot upload, 64 KiB for the rest). */
  maxBytes?: number
  /** The fetch used to reach X (default: the global one). */
  fetch?: typeof fetch
}

/** A standard `Request → Response` handler: a Next.js route handler, a Hono handler, a worker's `fetch`. */
export type MediaProxyHandler = (request: Request) => Promise<Response>

/** Request headers passed on to X; everything else (cookies, the client's Authorization) is dropped. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept']
/** Answer headers passed back: what the client's parsers read. */
const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'retry-after',
  'x-rate-limit-limit',
  'x-rate-limit-remaining',
  'x-rate-limit-reset',
]
const DEFAULT_UPSTREAM_TIMEOUT_MS = 60_000
/** Timers overflow past 2^31 - 1 ms (and would fire at once). */
const MAX_TIMER_MS = 2 ** 31 - 1

const FAULT_ANSWERS: Record<BodyFault, [ProxyErrorCode, string]> = {
  'too-large': ['proxy-payload-too-large', 'The request body is over the limit.'],
  'length-mismatch': ['proxy-bad-request', 'The body length does not match its Content-Length.'],
  uncheckable: ['proxy-bad-request', 'The body names media in a form the proxy cannot check.'],
  'not-owner': ['not-media-owner', 'This media was uploaded by another user.'],
}

function problem(status: number, title: string, detail: string): Response {
  return Response.json({ title, detail, status, type: 'about:blank' }, {
    status,
    headers: { 'content-type': 'application/problem+json' },
  })
}

const storeUnavailable = (): Response => problem(503, 'Service Unavailable', 'The upload server cannot check media owners right now.')

function stripPrefix(pathname: string, prefix: string): string | undefined {
  if (prefix === '') return pathname
  if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return undefined
  return pathname.slice(prefix.length)
}

function upstreamOrigin(upstream: MediaProxyOptions['upstream'], dialect: Dialect): string {
  return resolveEndpoint({ dialect, baseUrl: typeof upstream === 'string' ? upstream : upstream?.[dialect] }).baseUrl
}

function pickHeaders(from: Headers, names: readonly string[]): Headers {
  const headers = new Headers()
  for (const name of names) {
    const value = from.get(name)
    if (value !== null) headers.set(name, value)
  }
  return headers
}

async function decide(options: MediaProxyOptions, request: Request): Promise<CallerDecision> {
  try {
    return await options.authorizeRequest(request)
  } catch {
    return undefined
  }
}

/** The scanner for a streamed body's encoding; X (and the mock) read any other body as JSON. */
function scannerFor(contentType: string): MediaIdScanner | undefined {
  if (!contentType.startsWith('multipart/')) return jsonIdScanner()
  const boundary = multipartBoundary(contentType)
  return boundary === undefined ? undefined : multipartIdScanner(boundary)
}

/**
 * A server-side proxy for X's media endpoints (both dialects): the browser uploads to the
 * app (`baseUrl: '/api/x'`), the proxy checks the user, signs with the app's credentials
 * (or the user's own) and streams the body to X. Each media id belongs to the caller that
 * created it. The proxy's own refusals carry the `X-Tweet-Media-Proxy` header and a
 * `{"proxy_error":{code,message}}` body, which the client reads as the same codes.
 *
 * @example
 * ```ts
 * // app/api/x/[...path]/route.ts (Next.js)
 * const proxy = createMediaProxy({
 *   pathPrefix: '/api/x',
 *   credentials: { oauth1: { consumerKey, consumerSecret, token, tokenSecret } },
 *   authorizeRequest: async (request) => (await getSession(request))?.userId ?? false,
 * })
 * export { proxy as GET, proxy as POST, proxy as DELETE }
 * ```
 */
export function createMediaProxy(options: MediaProxyOptions): MediaProxyHandler {
  assertUsableCredentials(options.credentials)
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '')
  const owners = options.owners ?? createMemoryOwnerStore()
  const origins = options.allowedOrigins && normalizeOrigins(options.allowedOrigins)
  const timeoutMs = options.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS
  if (!(timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS)) {
    throw invalidArgument(`upstreamTimeoutMs must be a number of milliseconds from 1 to ${MAX_TIMER_MS}; got ${describeValue(timeoutMs)}.`)
  }

  return async (request) => {
    const url = new URL(request.url)
    const path = stripPrefix(url.pathname, prefix)
    const route = path === undefined ? undefined : matchMediaRoute(request.method, path)
    if (!route) {
      const allow = path === undefined ? [] : allowedMethods(path)
      if (allow.length > 0) {
        return proxyErrorResponse('not-a-media-endpoint', `This media endpoint takes ${allow.join(', ')}.`, { status: 405, headers: { allow: allow.join(', ') } })
      }
      return proxyErrorResponse('not-a-media-endpoint', 'Only X media upload endpoints are served here.')
    }
    if (origins && !originAllowed(request, origins)) {
      return proxyErrorResponse('origin-not-allowed', 'Uploads are not accepted from this page.')
    }

    const decision = await decide(options, request)
    if (decision instanceof Response) return decision
    if (typeof decision !== 'string' || decision === '') {
      // `true` was enough before callers were told apart: say what is missing rather than fail silently.
      const why = (decision as unknown) === true ? ' (authorizeRequest must return the caller’s id, not true)' : ''
      return proxyErrorResponse('sign-in-required', `Sign in to upload media.${why}`)
    }
    const callerId = decision

    const limit = options.maxBytes ?? defaultBodyLimit(route.kind)
    const declared = declaredLength(request.headers)
    if (Number.isNaN(declared) || (declared !== undefined && request.headers.has('transfer-encoding'))) {
      return proxyErrorResponse('proxy-bad-request', 'The request has an invalid Content-Length.')
    }
    if (declared !== undefined && declared > limit) {
      return proxyErrorResponse('proxy-payload-too-large', `Request bodies are limited to ${limit} bytes.`)
    }

    try {
      if (!(await ownsAll(owners, callerId, idsInUrl(route.path, url.searchParams)))) {
        return proxyErrorResponse('not-media-owner', 'This media was uploaded by another user.')
      }
      const signer = await signerFor(options.credentials, request, callerId).catch(() => ({ refused: 'The credentials could not be read' }))
      if ('refused' in signer) return proxyErrorResponse('sign-in-required', `${signer.refused}: connect your X account again.`)

      const contentType = (request.headers.get('content-type') ?? '').toLowerCase()
      const isForm = contentType.startsWith('application/x-www-form-urlencoded')
      // A form body is signed by OAuth 1.0a and a control body is small: both are read whole.
      const readWhole = isForm || route.kind === 'control'
      const scanner = isForm ? undefined : scannerFor(contentType)
      if (request.body && !isForm && !scanner) return proxyErrorResponse('proxy-bad-request', 'A multipart body needs a boundary.')

      let storeFailed = false
      // X's answer is awaited for a bounded time, counted from the end of the body.
      const deadline = createDeadline(timeoutMs)
      const inspected = request.body
        ? inspectBody(request.body, {
            limit,
            declared,
            scanner,
            owns: (ids) =>
              ownsAll(owners, callerId, ids).catch(() => {
                storeFailed = true
                return false
              }),
            onEnd: deadline.start,
          })
        : undefined
      const faultAnswer = (): Response | undefined => {
        if (storeFailed) return storeUnavailable()
        const fault = inspected?.fault()
        return fault && proxyErrorResponse(...FAULT_ANSWERS[fault])
      }

      let body: string | ReadableStream<Uint8Array> | undefined = inspected?.stream
      if (inspected && readWhole) {
        body = await new Response(inspected.stream).text().catch(() => undefined)
        if (body === undefined) return faultAnswer() ?? proxyErrorResponse('proxy-bad-request', 'The request body could not be read.')
        if (isForm && !(await ownsAll(owners, callerId, idsInForm(body)))) {
          return proxyErrorResponse('not-media-owner', 'This media was uploaded by another user.')
        }
      }

      const target = `${upstreamOrigin(options.upstream, route.dialect)}${route.path}${url.search}`
      const headers = pickHeaders(request.headers, FORWARDED_REQUEST_HEADERS)
      headers.set('authorization', await signer.sign({ method: request.method, url: target, formBody: isForm ? (body as string) : undefined }))
      // A streamed body keeps the length the browser declared, so X gets no chunked upload.
      if (typeof body !== 'string' && declared !== undefined) headers.set('content-length', String(declared))
      const init: RequestInit & { duplex?: 'half' } = {
        method: request.method,
        headers,
        signal: AbortSignal.any([request.signal, deadline.signal]),
      }
      if (body !== undefined) init.body = body
      if (typeof body !== 'string' && body !== undefined) init.duplex = 'half'
      if (typeof body !== 'object') deadline.start()

      try {
        const upstream = await (options.fetch ?? globalThis.fetch)(target, init)
        const answer = new Response(upstream.body, {
          status: upstream.status,
          statusText: upstream.statusText,
          headers: pickHeaders(upstream.headers, FORWARDED_RESPONSE_HEADERS),
        })
        return await bindAnsweredMedia(owners, callerId, answer)
      } catch (error) {
        if (error instanceof OwnerStoreUnavailable) throw error
        if (deadline.expired) return proxyErrorResponse('upstream-timeout', `X did not answer within ${timeoutMs < 1_000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1_000)} s`}.`)
        return faultAnswer() ?? problem(502, 'Bad Gateway', 'X could not be reached.')
      } finally {
        deadline.clear()
      }
    } catch (error) {
      if (error instanceof OwnerStoreUnavailable) return storeUnavailable()
      throw error
    }
  }
}
