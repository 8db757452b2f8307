import { hmacSha1Signature, percentEncode, signatureBaseString } from '../src/handlers/oauth1'

/** Test credentials (X's "Creating a signature" example values). */
export const OAUTH_CREDENTIALS = {
  consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
  consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
  token: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
  tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
}

/**
 * An `Authorization: OAuth …` header for a request, signing the query and the given
 * urlencoded body pairs (pass none for a multipart body).
 */
export async function oauthHeader(
  method: string,
  url: string,
  bodyPairs: Array<[string, string]> = [],
  nonce = 'nonce-1',
): Promise<string> {
  const oauth: Array<[string, string]> = [
    ['oauth_consumer_key', OAUTH_CREDENTIALS.consumerKey],
    ['oauth_nonce', nonce],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', '1700000000'],
    ['oauth_token', OAUTH_CREDENTIALS.token],
    ['oauth_version', '1.0'],
  ]
  const parsed = new URL(url)
  const base = signatureBaseString(method, parsed, [...parsed.searchParams, ...bodyPairs, ...oauth])
  const signature = await hmacSha1Signature(base, OAUTH_CREDENTIALS.consumerSecret, OAUTH_CREDENTIALS.tokenSecret)
  const header: Array<[string, string]> = [...oauth, ['oauth_signature', signature]]
  return `OAuth ${header.map(([key, value]) => `${key}="${percentEncode(value)}"`).join(', ')}`
}
