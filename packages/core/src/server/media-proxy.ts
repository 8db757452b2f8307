import { oauth1AuthorizationHeader, type OAuth1Credentials } from '../auth/oauth1'
import { resolveEndpoint } from '../endpoints'
import type { Dialect } from '../types'
import { defaultBodyLimit, limitBody } from './body-limit'
import { matchMediaRoute } from './media-routes'

/** The app's credentials for X. They stay on the server: the proxy adds them to each request. */
export type ProxyCredentials =
  | { oauth1: OAuth1Credentials }
  | { bearerToken: string | ((request: Request) => string | Promise<string>) }

/** Options of {@link createMediaProxy}. */
export interface MediaProxyOptions {
  credentials: ProxyCredentials
  /**
   * Decides whether the caller may upload (a session cookie, a CSRF token…): `true` to
   * forward, `false` for a 401, or your own `Response`. Runs before any body is read.
   */
  authorizeRequest: (request: Request) => boolean | Response | Promise<boolean | Response>
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

function problem(status: number, title: string, detail: string): Response {
  return Response.json({ title, detail, status, type: 'about:blank' }, {
    status,
    headers: { 'content-type': 'application/problem+json' },
  })
}

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

async function authorizationFor(
  credentials: ProxyCredentials,
  request: { method: string; url: string; formBody: string | undefined },
  incoming: Request,
): Promise<string> {
  if ('bearerToken' in credentials) {
    const token = typeof credentials.bearerToken === 'function' ? await credentials.bearerToken(incoming) : credentials.bearerToken
    return `Bearer ${token}`
  }
  const bodyParams = request.formBody === undefined ? [] : [...new URLSearchParams(request.formBody).entries()]
  return oauth1AuthorizationHeader(credentials.oauth1, { method: request.method, url: request.url, bodyParams })
}

/**
 * A server-side proxy for X's media endpoints (both dialects): the browser uploads to the
 * app (`baseUrl: '/api/x'`), the proxy checks the user, signs with the app's credentials
 * and streams the body to X. Anything but a media endpoint is a 404; bodies over the limit
 * are a 413 before anything reaches X.
 *
 * @example
 * ```ts
 * // app/api/x/[...path]/route.ts (Next.js)
 * const proxy = createMediaProxy({
 *   pathPrefix: '/api/x',
 *   credentials: { oauth1: { consumerKey, consumerSecret, token, tokenSecret } },
 *   authorizeRequest: async (request) => (await getSession(request)) !== null,
 * })
 * export { proxy as GET, proxy as POST }
 * ```
 */
export function createMediaProxy(options: MediaProxyOptions): MediaProxyHandler {
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '')
  return async (request) => {
    const url = new URL(request.url)
    const path = stripPrefix(url.pathname, prefix)
    const route = path === undefined ? undefined : matchMediaRoute(request.method, path)
    if (!route) return problem(404, 'Not Found', 'Only X media upload endpoints are served here.')

    const decision = await options.authorizeRequest(request)
    if (decision instanceof Response) return decision
    if (decision !== true) return problem(401, 'Unauthorized', 'Sign in to upload media.')

    const limit = options.maxBytes ?? defaultBodyLimit(route.kind)
    const tooLarge = (): Response => problem(413, 'Payload Too Large', `Request bodies are limited to ${limit} bytes.`)
    const declared = Number(request.headers.get('content-length') ?? Number.NaN)
    if (declared > limit) return tooLarge()

    let exceeded = false
    const limited = request.body ? limitBody(request.body, limit, () => (exceeded = true)) : null
    const isForm = (request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded')
    // A form body is small and signed by OAuth 1.0a, so it is read; any other body streams.
    const formBody = limited && isForm ? await new Response(limited).text().catch(() => undefined) : undefined
    if (exceeded) return tooLarge()

    const target = `${upstreamOrigin(options.upstream, route.dialect)}${route.path}${url.search}`
    const headers = pickHeaders(request.headers, FORWARDED_REQUEST_HEADERS)
    headers.set('authorization', await authorizationFor(options.credentials, { method: request.method, url: target, formBody }, request))
    const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers, signal: request.signal }
    if (formBody !== undefined) init.body = formBody
    else if (limited) {
      init.body = limited
      init.duplex = 'half'
    }

    let upstream: Response
    try {
      upstream = await (options.fetch ?? globalThis.fetch)(target, init)
    } catch {
      if (exceeded) return tooLarge()
      return problem(502, 'Bad Gateway', 'X could not be reached.')
    }
    return new Response(upstream.body, {
      status: upstream.status,
      statusText: upstream.statusText,
      headers: pickHeaders(upstream.headers, FORWARDED_RESPONSE_HEADERS),
    })
  }
}
