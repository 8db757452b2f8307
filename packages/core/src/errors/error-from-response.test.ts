import { describe, expect, it } from 'vitest'
import { errorFromResponse } from './error-from-response'

const now = Date.UTC(2025, 0, 15, 12, 0, 0)

function errorFor(status: number, body: string, headers: Record<string, string> = {}) {
  return errorFromResponse({ status, headers: new Headers(headers), body }, now)
}

describe('errorFromResponse', () => {
  it('reads the v1.1 errors array: code, status, X code and message', () => {
    const error = errorFor(400, '{"errors":[{"code":324,"message":"Segments do not add up to provided total file size."}]}')
    expect(error).toMatchObject({ code: 'bad-request', status: 400, xCode: 324, retryable: false, retryAfterMs: undefined })
    expect(error.message).toBe('X refused the request (HTTP 400, X code 324): Segments do not add up to provided total file size.')
  })

  it('reads the upload endpoint shape { request, error }', () => {
    const error = errorFor(400, '{"request":"/1.1/media/upload.json","error":"media type unrecognized."}')
    expect(error.message).toBe('X refused the request (HTTP 400): media type unrecognized.')
  })

  it('reads a v2 problem, preferring specific entries over the generic detail', () => {
    const error = errorFor(
      400,
      JSON.stringify({
        errors: [{ message: 'The `total_bytes` query parameter value [0] is not between 1 and 536870912' }],
        title: 'Invalid Request',
        detail: 'One or more parameters to your request was invalid.',
        type: 'https://api.x.com/2/problems/invalid-request',
      }),
    )
    expect(error.code).toBe('bad-request')
    expect(error.message).toContain('is not between 1 and 536870912')
    expect(error.message).not.toContain('One or more parameters')
  })

  it('reads a bare v2 problem detail', () => {
    const error = errorFor(403, '{"title":"Forbidden","detail":"You are not permitted to perform this action.","type":"about:blank","status":403}')
    expect(error).toMatchObject({ code: 'forbidden', retryable: false })
    expect(error.message).toContain('You are not permitted to perform this action.')
  })

  it.each([
    ['v1.1 "has expired"', 400, '{"errors":[{"code":324,"message":"Media id 123 has expired."}]}'],
    ['v1.1 "Invalid media id"', 400, '{"errors":[{"code":324,"message":"Invalid media id 123"}]}'],
    ['v1.1 upload shape', 400, '{"request":"/1.1/media/upload.json","error":"Invalid mediaId."}'],
    ['v2 resource-not-found', 404, '{"errors":[{"detail":"Could not find media with id: [1].","type":"https://api.x.com/2/problems/resource-not-found"}],"title":"Not Found Error"}'],
  ])('tells an expired or unknown media id apart: %s', (_name, status, body) => {
    expect(errorFor(status, body)).toMatchObject({ code: 'media-expired', retryable: false })
  })

  it.each([
    [401, '{"errors":[{"code":32,"message":"Could not authenticate you."}]}', 'unauthorized', false],
    [400, '{"errors":[{"code":215,"message":"Bad Authentication data."}]}', 'unauthorized', false],
    [404, '', 'not-found', false],
    [413, '', 'payload-too-large', false],
    [500, '{"errors":[{"code":131,"message":"Internal error"}]}', 'server', true],
    [503, '{"errors":[{"code":130,"message":"Over capacity"}]}', 'server', true],
    [502, '<html><body>Bad gateway</body></html>', 'server', true],
    [408, '', 'network', true],
    [422, '{}', 'bad-request', false],
    [302, '', 'invalid-response', false],
  ])('maps HTTP %i to its code and retryability', (status, body, code, retryable) => {
    expect(errorFor(status, body)).toMatchObject({ code, retryable, status })
  })

  it('maps 429 to rate-limited with the wait from x-rate-limit-reset', () => {
    const error = errorFor(429, '{"errors":[{"code":88,"message":"Rate limit exceeded"}]}', {
      'x-rate-limit-limit': '1875',
      'x-rate-limit-remaining': '0',
      'x-rate-limit-reset': String(now / 1000 + 42),
    })
    expect(error).toMatchObject({ code: 'rate-limited', retryable: true, retryAfterMs: 42_000, xCode: 88 })
    expect(error.message).toBe('Too many requests to X (HTTP 429, X code 88): Rate limit exceeded. Try again in 42 s.')
  })

  it('prefers Retry-After in seconds or as an HTTP date', () => {
    expect(errorFor(429, '', { 'retry-after': '7', 'x-rate-limit-reset': String(now / 1000 + 900) }).retryAfterMs).toBe(7000)
    expect(errorFor(503, '', { 'retry-after': new Date(now + 30_000).toUTCString() }).retryAfterMs).toBe(30_000)
  })

  it('ignores x-rate-limit-reset unless the limit was hit', () => {
    expect(errorFor(503, '', { 'x-rate-limit-reset': String(now / 1000 + 900) }).retryAfterMs).toBeUndefined()
  })

  it('shows short plain-text bodies but never markup', () => {
    expect(errorFor(502, 'upstream timed out').message).toContain('upstream timed out')
    expect(errorFor(502, '<h1>Bad gateway</h1>').message).toBe('X had a temporary problem (HTTP 502).')
  })
})
