// Fixed, fake credentials: the mock accepts any well-formed Authorization header, and the
// clients still do their real signing work per request.

/** OAuth 1.0a keys for the v1.1 clients (both sign every request). */
export const OAUTH1 = Object.freeze({
  consumerKey: 'bench-consumer-key',
  consumerSecret: 'bench-consumer-secret',
  token: '1234567890-bench-access-token',
  tokenSecret: 'bench-access-token-secret',
})

/** An OAuth 2.0 user token for the v2 clients. */
export const BEARER_TOKEN = 'bench-user-access-token'
