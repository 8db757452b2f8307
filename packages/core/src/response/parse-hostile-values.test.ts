import { describe, expect, it } from 'vitest'
import { MAX_TIMER_MS } from '../engine/sleep'
import { errorFromResponse } from '../errors/error-from-response'
import { thrownBy } from '../../test/test-errors'
import { MAX_CHECK_AFTER_SECS } from './number-bounds'
import { parseAppendResponse, parseFinalizeResponse, parseInitResponse, parseStatusResponse } from './parse-responses'
import type { ParseContext, RawResponse } from './raw-response'

const receivedAt = Date.UTC(2025, 0, 15, 12, 0, 0)
const v1: ParseContext = { dialect: 'v1.1', receivedAt }
const v2: ParseContext = { dialect: 'v2', receivedAt }
const ok = (body: string): RawResponse => ({ status: 200, headers: new Headers(), body })
const v2Media = (fields: string): RawResponse => ok(`{"data":{"id":"1880028106020515840",${fields}}}`)

describe('v1.1 media id from the top level only', () => {
  it('refuses an id that only appears in a nested object or inside a string', () => {
    expect(thrownBy(() => parseInitResponse(ok('{"note":{"media_id":999},"expires_after_secs":60}'), v1)).code).toBe('invalid-response')
    expect(thrownBy(() => parseInitResponse(ok('{"note":"\\"media_id\\":999","expires_after_secs":60}'), v1)).code).toBe('invalid-response')
  })

  it('refuses a media_id that is not a whole number instead of reading its first digits', () => {
    for (const id of ['1.5e3', '15e2', '-5', '1.0', '"12a"', '12345678901234567890']) {
      const error = thrownBy(() => parseInitResponse(ok(`{"media_id":${id},"expires_after_secs":60}`), v1))
      expect(error.code).toBe('invalid-response')
      expect(error.message).toContain('media id')
    }
  })

  it('refuses a media_id_string that is not digits rather than falling back to media_id', () => {
    const error = thrownBy(() => parseInitResponse(ok('{"media_id":12,"media_id_string":"12; DROP","expires_after_secs":60}'), v1))
    expect(error.code).toBe('invalid-response')
  })

  it('keeps all 19 digits of a top-level media_id next to a nested decoy', () => {
    const body = '{"note":{"media_id":999},"media_id":1880028106020515841,"expires_after_secs":60}'
    expect(parseInitResponse(ok(body), v1).mediaId).toBe('1880028106020515841')
  })
})

describe('numbers out of range', () => {
  it('refuses expires_after_secs beyond a year, negative, or past what a Date holds', () => {
    for (const seconds of ['1e23', '-5', String(366 * 86_400)]) {
      const error = thrownBy(() => parseInitResponse(v2Media(`"expires_after_secs":${seconds}`), v2))
      expect(error.code).toBe('invalid-response')
      expect(error.message).toContain('"expires_after_secs"')
    }
    expect(thrownBy(() => parseStatusResponse(v2Media('"expires_after_secs":1e23'), v2)).code).toBe('invalid-response')
  })

  it('leaves out a v2 APPEND expires_at that no Date can hold', () => {
    expect(parseAppendResponse(ok('{"data":{"expires_at":1e23}}'), v2)).toEqual({})
    expect(parseAppendResponse(ok('{"data":{"expires_at":-1}}'), v2)).toEqual({})
  })

  it('holds check_after_secs at a day, drops a negative one, and holds progress within 0-100', () => {
    const status = (info: string) => parseStatusResponse(v2Media(`"expires_after_secs":60,"processing_info":${info}`), v2).processingInfo
    expect(status('{"state":"pending","check_after_secs":1.7e308}')?.checkAfterSecs).toBe(MAX_CHECK_AFTER_SECS)
    // 1.8e308 is past the largest double: JSON.parse makes it Infinity, which is dropped.
    expect(status('{"state":"pending","check_after_secs":1.8e308}')?.checkAfterSecs).toBeUndefined()
    expect(status('{"state":"pending","check_after_secs":-3}')?.checkAfterSecs).toBeUndefined()
    expect(status('{"state":"pending","check_after_secs":0}')?.checkAfterSecs).toBe(0)
    expect(status('{"state":"in_progress","progress_percent":1e300}')?.progressPercent).toBe(100)
    expect(status('{"state":"in_progress","progress_percent":-4}')?.progressPercent).toBe(0)
  })

  it('keeps only whole sizes and error codes', () => {
    const media = parseFinalizeResponse(
      v2Media('"expires_after_secs":60,"size":1.5,"processing_info":{"state":"failed","error":{"code":1e300,"name":"X","message":"m"}}'),
      v2,
    )
    expect(media.size).toBeUndefined()
    expect(media.processingInfo?.error?.code).toBe(0)
    expect(parseFinalizeResponse(v2Media('"expires_after_secs":60,"size":-1'), v2).size).toBeUndefined()
  })

  it('turns a 400-digit Retry-After or a huge x-rate-limit-reset into a finite wait', () => {
    const limited = (headers: Record<string, string>) =>
      errorFromResponse({ status: 429, headers: new Headers(headers), body: '' }, receivedAt).retryAfterMs
    expect(limited({ 'retry-after': '9'.repeat(400) })).toBe(MAX_TIMER_MS)
    expect(limited({ 'x-rate-limit-reset': '9'.repeat(30) })).toBe(MAX_TIMER_MS)
    expect(limited({ 'retry-after': '5' })).toBe(5_000)
  })
})
