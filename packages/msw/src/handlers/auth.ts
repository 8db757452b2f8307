import { hmacSha1Signature, parseOAuthHeader, signatureBaseString } from './oauth1'

/** The secrets that let the mock verify OAuth 1.0a signatures as X does. */
export interface OAuth1Secrets {
  consumerSecret: string
  tokenSecret: string
}

/**
 * The owner of media uploaded without credentials, on a base with `auth: 'optional'`
 * (one that stands in for an app's proxy).
 */
export const ANONYMOUS_OWNER = 'anonymous'

/** The caller, or why X would refuse the request. */
export type AuthResult = { ok: true; principal: string } | { ok: false; reason: 'missing' | 'invalid' }

/**
 * Identifies the caller from `Authorization`: an OAuth 1.0a user token (`{userId}-…`, the
 * user id is the principal) or an OAuth 2.0 user token (`Bearer …`, the token is). With
 * `secrets`, an OAuth 1.0a signature must also verify: query, `oauth_*` and urlencoded
 * body parameters are signed, a multipart body is not.
 */
export async function authenticate(
  request: Request,
  formPairs: ReadonlyArray<[string, string]>,
  secrets: OAuth1Secrets | undefined,
): Promise<AuthResult> {
  const header = request.headers.get('authorization')?.trim()
  if (!header) return { ok: false, reason: 'missing' }
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)
  if (bearer?.[1]) return { ok: true, principal: bearer[1] }
  const oauth = parseOAuthHeader(header)
  const token = oauth?.get('oauth_token')
  const signature = oauth?.get('oauth_signature')
  if (!oauth || !token || !signature || !oauth.get('oauth_consumer_key')) return { ok: false, reason: 'invalid' }
  if (secrets) {
    if (oauth.get('oauth_signature_method') !== 'HMAC-SHA1') return { ok: false, reason: 'invalid' }
    const url = new URL(request.url)
    const signed: Array<[string, string]> = [...url.searchParams, ...formPairs]
    for (const [key, value] of oauth) if (key !== 'oauth_signature' && key !== 'realm') signed.push([key, value])
    const expected = await hmacSha1Signature(
      signatureBaseString(request.method, url, signed),
      secrets.consumerSecret,
      secrets.tokenSecret,
    )
    if (expected !== signature) return { ok: false, reason: 'invalid' }
  }
  return { ok: true, principal: token.split('-')[0] ?? token }
}
