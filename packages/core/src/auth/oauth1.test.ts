import { describe, expect, it } from 'vitest'
import { rejectionOf, thrownBy } from '../../test/test-errors'
import { oauth1Authorizer, oauth1AuthorizationHeader, percentEncode, signatureBaseString, type OAuth1Credentials } from './oauth1'

// X's page "Creating a signature" (developer.x.com, resources/fundamentals/authentication/
// oauth-1-0a/creating-a-signature): its worked example, byte for byte.
const credentials = {
  consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
  consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
  token: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
  tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
}
const signing = { nonce: 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg', timestamp: 1318622958 }
const status = 'Hello Ladies + Gentlemen, a signed OAuth request!'
const oauthParams: Array<[string, string]> = [
  ['oauth_consumer_key', credentials.consumerKey],
  ['oauth_nonce', signing.nonce],
  ['oauth_signature_method', 'HMAC-SHA1'],
  ['oauth_timestamp', String(signing.timestamp)],
  ['oauth_token', credentials.token],
  ['oauth_version', '1.0'],
]

const signatureOf = (header: string): string => decodeURIComponent(/oauth_signature="([^"]+)"/.exec(header)?.[1] ?? '')

async function signedFormRequest(host: string): Promise<string> {
  const request = new Request(`https://${host}/1.1/statuses/update.json?include_entities=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `status=${percentEncode(status)}`,
  })
  const signed = await oauth1Authorizer(credentials, signing)(request)
  return signed.headers.get('authorization') ?? ''
}

describe('OAuth 1.0a signer', () => {
  it("builds the signature base string of X's example exactly", () => {
    const base = signatureBaseString('post', 'https://api.x.com/1.1/statuses/update.json?include_entities=true', [
      ...oauthParams,
      ['status', status],
    ])
    expect(base).toBe(
      'POST&https%3A%2F%2Fapi.x.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521',
    )
  })

  it("reproduces the signature X's page publishes for api.x.com", async () => {
    // The page's HMAC output: 2E CF 77 84 98 99 6D 0D DA 90 5D C7 17 7C 75 07 3F 3F CD 4E.
    expect(signatureOf(await signedFormRequest('api.x.com'))).toBe('Ls93hJiZbQ3akF3HF3x1Bz8/zU4=')
  })

  it('reproduces the signature of the same example on the api.twitter.com host', async () => {
    expect(signatureOf(await signedFormRequest('api.twitter.com'))).toBe('hCtSmYh+iHYCEqBWrE7C7hYmtUk=')
  })

  it('writes every oauth parameter into the header, percent-encoded', async () => {
    const header = await signedFormRequest('api.x.com')
    expect(header).toBe(
      'OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", oauth_signature="Ls93hJiZbQ3akF3HF3x1Bz8%2FzU4%3D", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958", oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", oauth_version="1.0"',
    )
  })

  it('never signs a multipart body: only the query and oauth parameters count', async () => {
    const form = new FormData()
    form.set('command', 'APPEND')
    form.set('media', new Blob([new Uint8Array([1, 2, 3])]))
    const url = 'https://upload.twitter.com/1.1/media/upload.json?media_id=42'
    const signed = await oauth1Authorizer(credentials, signing)(new Request(url, { method: 'POST', body: form }))
    const expected = await oauth1AuthorizationHeader(credentials, { method: 'POST', url }, signing)
    expect(signed.headers.get('authorization')).toBe(expected)
    expect(await signed.formData().then((body) => body.get('command'))).toBe('APPEND')
  })

  it('encodes the reserved characters encodeURIComponent leaves alone', () => {
    expect(percentEncode("!*'()")).toBe('%21%2A%27%28%29')
    expect(percentEncode('Ladies + Gentlemen')).toBe('Ladies%20%2B%20Gentlemen')
    expect(percentEncode('☃')).toBe('%E2%98%83')
  })

  it('refuses credentials with a field missing instead of signing with "undefined"', async () => {
    const partial = { consumerKey: 'key', token: 'token', tokenSecret: '' } as unknown as OAuth1Credentials

    const signing = await rejectionOf(oauth1AuthorizationHeader(partial, { method: 'POST', url: 'https://api.x.com/2/media/upload' }))

    expect(signing).toMatchObject({ code: 'invalid-argument', message: 'OAuth 1.0a credentials lack consumerSecret, tokenSecret.' })
    expect(thrownBy(() => oauth1Authorizer(partial)).code).toBe('invalid-argument')
  })
})
