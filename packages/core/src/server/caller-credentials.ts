import { describeValue, invalidArgument } from '../errors/invalid-argument'
import { oauth1AuthorizationHeader, oauth1CredentialsGap, type OAuth1Credentials } from '../auth/oauth1'

/**
 * A value for every request, or a function of the request and the caller (from
 * `authorizeRequest`), so each user's own token can sign. A function returning nothing
 * means this caller has no X credentials: the proxy answers `sign-in-required`.
 */
export type PerCaller<T> = T | ((request: Request, callerId: string) => T | undefined | Promise<T | undefined>)

/** The credentials the proxy signs with. They stay on the server. */
export type ProxyCredentials = { oauth1: PerCaller<OAuth1Credentials> } | { bearerToken: PerCaller<string> }

function bearerGap(token: unknown): string | undefined {
  return typeof token === 'string' && /^[\x21-\x7e]+$/.test(token) ? undefined : `The bearer token must be a non-empty string without spaces, got ${describeValue(token)}`
}

/** Throws `invalid-argument` at start-up for fixed credentials that could never sign. */
export function assertUsableCredentials(credentials: ProxyCredentials): void {
  const gap =
    'oauth1' in credentials
      ? typeof credentials.oauth1 === 'function' ? undefined : oauth1CredentialsGap(credentials.oauth1)
      : typeof credentials.bearerToken === 'function' ? undefined : bearerGap(credentials.bearerToken)
  if (gap !== undefined) throw invalidArgument(`${gap}.`)
}

/** Signs one forwarded request; `body` is the form-urlencoded body OAuth 1.0a signs, if any. */
export type Signer = (request: { method: string; url: string; formBody: string | undefined }) => Promise<string>

/**
 * The signer for this caller, or why there is none (the caller's credentials are missing
 * or incomplete). Called before the body is read, so a caller without credentials never
 * sends a byte to X.
 */
export async function signerFor(
  credentials: ProxyCredentials,
  request: Request,
  callerId: string,
): Promise<{ sign: Signer } | { refused: string }> {
  if ('bearerToken' in credentials) {
    const token = typeof credentials.bearerToken === 'function' ? await credentials.bearerToken(request, callerId) : credentials.bearerToken
    const gap = bearerGap(token)
    return gap === undefined ? { sign: () => Promise.resolve(`Bearer ${String(token)}`) } : { refused: gap }
  }
  const oauth1 = typeof credentials.oauth1 === 'function' ? await credentials.oauth1(request, callerId) : credentials.oauth1
  const gap = oauth1CredentialsGap(oauth1)
  if (gap !== undefined || oauth1 === undefined) return { refused: gap ?? 'No OAuth 1.0a credentials' }
  return {
    sign: ({ method, url, formBody }) =>
      oauth1AuthorizationHeader(oauth1, { method, url, bodyParams: formBody === undefined ? [] : [...new URLSearchParams(formBody)] }),
  }
}
