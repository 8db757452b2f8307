import { bytesToBase64 } from '../file/blob-to-base64'
import { bytesToHex } from '../file/hex'
import { describeValue, invalidArgument } from '../errors/invalid-argument'
import type { AuthorizeHook } from './types'

/** An app's OAuth 1.0a keys and a user's access token. Server-side only: never ship these to a browser. */
export interface OAuth1Credentials {
  consumerKey: string
  consumerSecret: string
  token: string
  tokenSecret: string
}

const CREDENTIAL_FIELDS = ['consumerKey', 'consumerSecret', 'token', 'tokenSecret'] as const

/** Why `credentials` cannot sign (not an object, a field missing or empty), or `undefined` when they can. */
export function oauth1CredentialsGap(credentials: unknown): string | undefined {
  if (typeof credentials !== 'object' || credentials === null) return `OAuth 1.0a credentials must be an object, got ${describeValue(credentials)}`
  const missing = CREDENTIAL_FIELDS.filter((field) => {
    const value = (credentials as Record<string, unknown>)[field]
    return typeof value !== 'string' || value.trim() === ''
  })
  return missing.length === 0 ? undefined : `OAuth 1.0a credentials lack ${missing.join(', ')}`
}

function assertCanSign(credentials: unknown): void {
  const gap = oauth1CredentialsGap(credentials)
  if (gap !== undefined) throw invalidArgument(`${gap}.`)
}

/** What varies per request; fixed values make signatures reproducible in tests. */
export interface OAuth1SigningOptions {
  nonce?: string
  /** Seconds since the epoch. */
  timestamp?: number
}

/** A request as OAuth 1.0a sees it. */
export interface OAuth1Request {
  method: string
  url: string
  /** `application/x-www-form-urlencoded` body parameters; multipart and JSON bodies are never signed. */
  bodyParams?: ReadonlyArray<readonly [string, string]>
}

/** RFC 3986 percent-encoding, as X's "Percent encoding parameters" page asks (`!*'()` encoded too). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** The URL without query or fragment; `URL` already lower-cases scheme and host and drops a default port. */
function baseUrlOf(url: URL): string {
  return `${url.origin}${url.pathname}`
}

/**
 * The signature base string: `METHOD&url&params`, parameters percent-encoded, sorted by
 * key then value, and encoded once more as a whole (X's "Creating a signature" page).
 */
export function signatureBaseString(method: string, url: string, params: ReadonlyArray<readonly [string, string]>): string {
  const parsed = new URL(url)
  const all: Array<[string, string]> = [...parsed.searchParams.entries()].map(([k, v]) => [percentEncode(k), percentEncode(v)])
  for (const [key, value] of params) all.push([percentEncode(key), percentEncode(value)])
  all.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
  const parameterString = all.map(([key, value]) => `${key}=${value}`).join('&')
  return [method.toUpperCase(), percentEncode(baseUrlOf(parsed)), percentEncode(parameterString)].join('&')
}

const encoder = new TextEncoder()

/** HMAC-SHA1 on WebCrypto, base64: the same code in browsers, workers, Node and edge runtimes. */
export async function hmacSha1Base64(key: string, text: string): Promise<string> {
  const cryptoKey = await hmacKey(key)
  return bytesToBase64(new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(text))))
}

// Importing the key costs more than signing; a server signs with few keys, so keep the last ones.
const KEY_CACHE_SIZE = 16
const keyCache = new Map<string, Promise<CryptoKey>>()

function hmacKey(key: string): Promise<CryptoKey> {
  let cached = keyCache.get(key)
  if (!cached) {
    cached = crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign'])
    cached.catch(() => keyCache.delete(key))
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.delete(keyCache.keys().next().value as string)
    keyCache.set(key, cached)
  }
  return cached
}

function randomNonce(): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(24)))
}

/**
 * The `Authorization: OAuth …` header value for one request, signed with HMAC-SHA1.
 * Signs the query and form-urlencoded body parameters plus the `oauth_*` ones, nothing else.
 */
export async function oauth1AuthorizationHeader(
  credentials: OAuth1Credentials,
  request: OAuth1Request,
  options: OAuth1SigningOptions = {},
): Promise<string> {
  // Never sign with "undefined": X would answer 401 and the cause would be lost.
  assertCanSign(credentials)
  const oauthParams: Array<[string, string]> = [
    ['oauth_consumer_key', credentials.consumerKey],
    ['oauth_nonce', options.nonce ?? randomNonce()],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', String(options.timestamp ?? Math.floor(Date.now() / 1000))],
    ['oauth_token', credentials.token],
    ['oauth_version', '1.0'],
  ]
  const baseString = signatureBaseString(request.method, request.url, [...oauthParams, ...(request.bodyParams ?? [])])
  const signingKey = `${percentEncode(credentials.consumerSecret)}&${percentEncode(credentials.tokenSecret)}`
  const signature = await hmacSha1Base64(signingKey, baseString)
  const headerParams = [...oauthParams, ['oauth_signature', signature] as [string, string]].sort(([a], [b]) => (a < b ? -1 : 1))
  return `OAuth ${headerParams.map(([key, value]) => `${percentEncode(key)}="${percentEncode(value)}"`).join(', ')}`
}

/** Reads the parameters X signs from a request body: only a form-urlencoded one has any. */
async function signedBodyParams(request: Request): Promise<Array<[string, string]>> {
  const type = request.headers.get('content-type') ?? ''
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded') || request.body === null) return []
  return [...new URLSearchParams(await request.clone().text()).entries()]
}

/**
 * An {@link AuthorizeHook} that signs each request with OAuth 1.0a (HMAC-SHA1). For
 * servers: the proxy of `@tweet-media/core/server`, scripts, tests.
 *
 * @example
 * ```ts
 * import { oauth1Authorizer } from '@tweet-media/core/server'
 * const uploader = createUploader({ dialect: 'v1.1', auth: oauth1Authorizer(credentials) })
 * ```
 */
export function oauth1Authorizer(credentials: OAuth1Credentials, options: OAuth1SigningOptions = {}): AuthorizeHook {
  assertCanSign(credentials)
  return async (request) => {
    const header = await oauth1AuthorizationHeader(
      credentials,
      { method: request.method, url: request.url, bodyParams: await signedBodyParams(request) },
      options,
    )
    const headers = new Headers(request.headers)
    headers.set('authorization', header)
    return new Request(request, { headers })
  }
}
