import { describe, expect, it } from 'vitest'
import { errorFromResponse } from './error-from-response'
import { proxyErrorResponse, readProxyError, type ProxyErrorCode } from './proxy-error'

const now = Date.UTC(2026, 0, 1)

async function raw(response: Response) {
  return { status: response.status, headers: response.headers, body: await response.text() }
}

const TABLE: Array<[ProxyErrorCode, number, boolean]> = [
  ['sign-in-required', 401, false],
  ['not-media-owner', 403, false],
  ['origin-not-allowed', 403, false],
  ['not-a-media-endpoint', 404, false],
  ['proxy-payload-too-large', 413, false],
  ['proxy-bad-request', 400, false],
  ['upstream-timeout', 504, true],
]

describe('proxy errors', () => {
  it.each(TABLE)('%s: written with status %i, read back by errorFromResponse with the same code', async (code, status, retryable) => {
    const answer = proxyErrorResponse(code, 'In the proxy’s words.')

    expect(answer.status).toBe(status)
    expect(answer.headers.get('x-tweet-media-proxy')).toBe(code)
    const seen = await raw(answer)
    expect(JSON.parse(seen.body)).toEqual({ proxy_error: { code, message: 'In the proxy’s words.' } })
    expect(errorFromResponse(seen, now)).toMatchObject({ code, status, retryable, message: 'In the proxy’s words.' })
  })

  it('tells the proxy’s sign-in answer apart from X refusing the credentials', async () => {
    const proxy = errorFromResponse(await raw(proxyErrorResponse('sign-in-required', 'Sign in to upload media.')), now)
    const x = errorFromResponse({ status: 401, headers: new Headers(), body: '{"errors":[{"code":32,"message":"Could not authenticate you."}]}' }, now)

    expect(proxy.code).toBe('sign-in-required')
    expect(x.code).toBe('unauthorized')
  })

  it('keeps a 405 status for a wrong method and falls back to its own words for an unreadable body', async () => {
    const wrongMethod = proxyErrorResponse('not-a-media-endpoint', 'Use POST.', { status: 405, headers: { allow: 'POST' } })
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.headers.get('allow')).toBe('POST')

    const garbled = readProxyError({ status: 504, headers: new Headers({ 'x-tweet-media-proxy': 'upstream-timeout' }), body: '<html>' })
    expect(garbled).toMatchObject({ code: 'upstream-timeout', message: 'X did not answer in time.' })
    const huge = readProxyError({
      status: 403,
      headers: new Headers({ 'x-tweet-media-proxy': 'not-media-owner' }),
      body: JSON.stringify({ proxy_error: { code: 'not-media-owner', message: 'x'.repeat(10_000) } }),
    })
    expect(huge?.message).toBe('This media belongs to another user.')
  })

  it('ignores answers without the header or with a code it does not know', () => {
    const body = JSON.stringify({ proxy_error: { code: 'sign-in-required', message: 'spoofed' } })
    expect(readProxyError({ status: 401, headers: new Headers(), body })).toBeUndefined()
    expect(readProxyError({ status: 401, headers: new Headers({ 'x-tweet-media-proxy': 'toString' }), body })).toBeUndefined()
    expect(errorFromResponse({ status: 401, headers: new Headers(), body }, now).code).toBe('unauthorized')
  })
})
