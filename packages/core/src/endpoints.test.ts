import { describe, expect, it } from 'vitest'
import { resolveEndpoint } from './endpoints'
import { thrownBy } from '../test/test-errors'
import { buildInit } from './request/build-init'
import type { ResolvedEndpoint } from './types'

describe('resolveEndpoint', () => {
  it('defaults to v2 on X host, and to X v1.1 host for that dialect', () => {
    expect(resolveEndpoint()).toEqual({ dialect: 'v2', baseUrl: 'https://api.x.com' })
    expect(resolveEndpoint({ dialect: 'v1.1' })).toEqual({ dialect: 'v1.1', baseUrl: 'https://upload.twitter.com' })
  })

  it('accepts http(s) origins with a path and paths on the page origin, without trailing slashes', () => {
    expect(resolveEndpoint({ baseUrl: 'http://127.0.0.1:4010/' }).baseUrl).toBe('http://127.0.0.1:4010')
    expect(resolveEndpoint({ baseUrl: 'https://proxy.example/x//' }).baseUrl).toBe('https://proxy.example/x')
    expect(resolveEndpoint({ baseUrl: '/api/x/' }).baseUrl).toBe('/api/x')
    expect(resolveEndpoint({ baseUrl: '' }).baseUrl).toBe('')
    expect(resolveEndpoint({ baseUrl: `/${'/'.repeat(100_000)}` }).baseUrl).toBe('')
  })

  it('names the field and the value it refuses', () => {
    const error = thrownBy(() => resolveEndpoint({ baseUrl: 'data:text/html,<script>' }))
    expect(error.code).toBe('invalid-argument')
    expect(error.message).toBe('baseUrl must be an http(s) URL or a path such as "/api/x" (only http: and https:), got "data:text/html,<script>".')
  })

  it('refuses an unknown dialect, a non-http(s) scheme and a missing endpoint as invalid-argument', () => {
    const v3 = { dialect: 'v3' } as unknown as Parameters<typeof resolveEndpoint>[0]
    expect(thrownBy(() => resolveEndpoint(v3))).toMatchObject({ code: 'invalid-argument', message: 'dialect must be "v2" or "v1.1", got "v3".' })
    for (const baseUrl of ['javascript:alert(1)', ' javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com']) {
      expect(thrownBy(() => resolveEndpoint({ baseUrl })).code).toBe('invalid-argument')
    }
    const params = { totalBytes: 1, mediaType: 'video/mp4' }
    for (const endpoint of [undefined, { dialect: 'v3', baseUrl: '' }]) {
      expect(thrownBy(() => buildInit(endpoint as unknown as ResolvedEndpoint, params)).message).toContain('buildInit needs an endpoint from resolveEndpoint()')
    }
  })
})
