import { describe, expect, it } from 'vitest'
import { hmacSha1Signature, parseOAuthHeader, percentEncode, signatureBaseString } from './oauth1'

// X's "Creating a signature" page (developer docs, OAuth 1.0a): the worked example.
const EXAMPLE_BASE_STRING =
  'POST&https%3A%2F%2Fapi.x.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521'

describe('OAuth 1.0a signature', () => {
  it("rebuilds X's worked example base string and signature", async () => {
    const base = signatureBaseString('post', new URL('https://api.x.com/1.1/statuses/update.json?include_entities=true'), [
      ['include_entities', 'true'],
      ['status', 'Hello Ladies + Gentlemen, a signed OAuth request!'],
      ['oauth_consumer_key', 'xvz1evFS4wEEPTGEFPHBog'],
      ['oauth_nonce', 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '1318622958'],
      ['oauth_token', '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb'],
      ['oauth_version', '1.0'],
    ])
    expect(base).toBe(EXAMPLE_BASE_STRING)
    const signature = await hmacSha1Signature(
      base,
      'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
      'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
    )
    expect(signature).toBe('Ls93hJiZbQ3akF3HF3x1Bz8/zU4=')
  })

  it('percent-encodes the characters encodeURIComponent leaves alone', () => {
    expect(percentEncode("a!*'()b c")).toBe('a%21%2A%27%28%29b%20c')
  })

  it('parses a header and rejects one that is not OAuth', () => {
    const parsed = parseOAuthHeader('OAuth oauth_consumer_key="k%2B", oauth_token="1-t", oauth_signature="s%3D"')
    expect(parsed?.get('oauth_consumer_key')).toBe('k+')
    expect(parsed?.get('oauth_signature')).toBe('s=')
    expect(parseOAuthHeader('Basic abc')).toBeUndefined()
  })
})
