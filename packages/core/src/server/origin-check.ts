import { describeValue, invalidArgument } from '../errors/invalid-argument'

/**
 * Whether a request may come from the page that sent it, for apps that authenticate with
 * cookies (CSRF): an `Origin` must be one of `allowed`; without one, a browser's
 * `Sec-Fetch-Site: cross-site` is refused too. Requests from non-browser clients, which
 * send neither, pass: they carry no ambient cookies.
 */
export function originAllowed(request: Request, allowed: ReadonlySet<string>): boolean {
  const origin = request.headers.get('origin')
  if (origin !== null) return allowed.has(origin.trim().toLowerCase())
  return request.headers.get('sec-fetch-site')?.trim().toLowerCase() !== 'cross-site'
}

/** The allowed origins as compared: `scheme://host[:port]`, lower case, no trailing slash. */
export function normalizeOrigins(origins: readonly string[]): ReadonlySet<string> {
  return new Set(
    origins.map((origin) => {
      const parsed = URL.canParse(origin) ? new URL(origin) : undefined
      if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
        throw invalidArgument(`allowedOrigins must hold http(s) origins such as "https://app.example"; got ${describeValue(origin)}.`)
      }
      return parsed.origin.toLowerCase()
    }),
  )
}
