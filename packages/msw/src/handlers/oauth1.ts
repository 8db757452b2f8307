/** RFC 3986 percent-encoding, as OAuth 1.0a and X require (`!*'()` encoded too). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** The `oauth_*` parameters of an `Authorization: OAuth …` header, or `undefined`. */
export function parseOAuthHeader(header: string): Map<string, string> | undefined {
  const match = /^OAuth\s+(.*)$/i.exec(header.trim())
  if (!match?.[1]) return undefined
  const params = new Map<string, string>()
  for (const part of match[1].split(',')) {
    const pair = /^\s*([^=\s]+)\s*=\s*"([^"]*)"\s*$/.exec(part)
    if (!pair?.[1]) return undefined
    try {
      params.set(decodeURIComponent(pair[1]), decodeURIComponent(pair[2] ?? ''))
    } catch {
      return undefined
    }
  }
  return params
}

/**
 * The signature base string: method, base URL (no query), and the sorted, encoded
 * parameters (query, `oauth_*` and urlencoded body pairs; never a multipart body).
 */
export function signatureBaseString(method: string, url: URL, params: ReadonlyArray<readonly [string, string]>): string {
  // URL already lowercases the scheme and host and drops a default port.
  const baseUrl = `${url.protocol}//${url.host}${url.pathname}`
  const encoded = params
    .map(([key, value]) => [percentEncode(key), percentEncode(value)] as const)
    .sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : av > bv ? 1 : 0) : ak < bk ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join('&')
  return [method.toUpperCase(), percentEncode(baseUrl), percentEncode(encoded)].join('&')
}

/** HMAC-SHA1 of `text` under the signing key `consumerSecret&tokenSecret`, base64 (WebCrypto). */
export async function hmacSha1Signature(baseString: string, consumerSecret: string, tokenSecret: string): Promise<string> {
  const encoder = new TextEncoder()
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(`${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`),
    { name: 'HMAC', hash: 'SHA-1' },
    false,
    ['sign'],
  )
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(baseString)))
  let binary = ''
  for (const byte of signature) binary += String.fromCharCode(byte)
  return btoa(binary)
}
