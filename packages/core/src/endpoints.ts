import { describeValue, invalidArgument } from './errors/invalid-argument'
import type { Dialect, EndpointConfig, ResolvedEndpoint } from './types'

/** X's own hosts, per dialect. */
export const DEFAULT_BASE_URLS = {
  v2: 'https://api.x.com',
  'v1.1': 'https://upload.twitter.com',
} as const

const DIALECTS: ReadonlySet<string> = new Set<Dialect>(['v2', 'v1.1'])

// Whitespace, controls and backslashes: URL parsers strip or rewrite them, so
// " javascript:…" or "https:\\evil" would not mean what it seems to.
const UNSAFE_URL_CHARACTER = /[\u0000-\u0020\u007f-\u009f\\]/
const SCHEME = /^[a-z][a-z0-9+.-]*:/i

/** `baseUrl` without its trailing slashes (a loop: a regex would backtrack on a run of slashes). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length
  while (end > 0 && url[end - 1] === '/') end--
  return url.slice(0, end)
}

/**
 * An http(s) origin with an optional path, or a path on the page's own origin (`/api/x`):
 * nothing a request could not be sent to, no `javascript:` or `data:` URL, no credentials,
 * query or fragment (the builders append paths to it).
 */
function assertBaseUrl(value: unknown): string {
  const refuse = (why: string) =>
    invalidArgument(`baseUrl must be an http(s) URL or a path such as "/api/x" (${why}), got ${describeValue(value)}.`)
  if (typeof value !== 'string') throw refuse('a string')
  if (UNSAFE_URL_CHARACTER.test(value)) throw refuse('no spaces, control characters or backslashes')
  if (/[?#]/.test(value)) throw refuse('no query or fragment')
  if (SCHEME.test(value)) {
    let url: URL
    try {
      url = new URL(value)
    } catch {
      throw refuse('a valid URL')
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse('only http: and https:')
    if (url.username !== '' || url.password !== '') throw refuse('no user name or password')
  } else if (value !== '' && !value.startsWith('/')) {
    throw refuse('a relative one starts with "/"')
  }
  return withoutTrailingSlashes(value)
}

/**
 * Apply the defaults of an {@link EndpointConfig}: dialect `v2`, X's host for it.
 *
 * @throws MediaUploadError `invalid-argument` for an unknown dialect or a `baseUrl` that is
 * neither an http(s) URL nor a path (such as `javascript:…`).
 */
export function resolveEndpoint(config: EndpointConfig = {}): ResolvedEndpoint {
  if (typeof config !== 'object' || config === null) {
    throw invalidArgument(`resolveEndpoint needs an endpoint configuration object, got ${describeValue(config)}.`)
  }
  const dialect: unknown = config.dialect ?? 'v2'
  if (typeof dialect !== 'string' || !DIALECTS.has(dialect)) {
    throw invalidArgument(`dialect must be "v2" or "v1.1", got ${describeValue(dialect)}.`)
  }
  const known = dialect as Dialect
  return { dialect: known, baseUrl: assertBaseUrl(config.baseUrl ?? DEFAULT_BASE_URLS[known]) }
}

/**
 * Checks what a request builder was given as its endpoint: a {@link ResolvedEndpoint}
 * (from {@link resolveEndpoint}).
 *
 * @throws MediaUploadError `invalid-argument` when it is missing or not one, so a wrong
 * value never builds a request for the other dialect.
 */
export function assertResolvedEndpoint(endpoint: unknown, builder: string): asserts endpoint is ResolvedEndpoint {
  const candidate = endpoint as Partial<ResolvedEndpoint> | null | undefined
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.dialect !== 'string' ||
    !DIALECTS.has(candidate.dialect) ||
    typeof candidate.baseUrl !== 'string'
  ) {
    throw invalidArgument(`${builder} needs an endpoint from resolveEndpoint(), got ${describeValue(endpoint)}.`)
  }
}
