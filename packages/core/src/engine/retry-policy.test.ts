import { describe, expect, it } from 'vitest'
import { MediaUploadError } from '../errors/media-upload-error'
import { DEFAULT_RETRY_OPTIONS, isRetryableError, retryDelayMs, withRetry } from './retry-policy'

const serverError = (): MediaUploadError => new MediaUploadError('server', 'X had a problem', { status: 503, retryable: true })

describe('retry policy', () => {
  it('retries network errors, 5xx and 429, never validation errors', () => {
    expect(isRetryableError(new MediaUploadError('network', 'lost', { retryable: true }))).toBe(true)
    expect(isRetryableError(serverError())).toBe(true)
    expect(isRetryableError(new MediaUploadError('rate-limited', 'slow down', { status: 429 }))).toBe(true)
    expect(isRetryableError(new MediaUploadError('bad-request', 'no', { status: 400 }))).toBe(false)
    expect(isRetryableError(new MediaUploadError('aborted', 'stop'))).toBe(false)
    expect(isRetryableError(new TypeError('bug'))).toBe(false)
  })

  it('backs off exponentially up to the ceiling, with jitter taking off up to its share', () => {
    const options = { ...DEFAULT_RETRY_OPTIONS, backoffMs: 100, maxBackoffMs: 1_000, jitter: 0.5 }
    expect([1, 2, 3, 4, 5].map((retry) => retryDelayMs(serverError(), retry, options, () => 0))).toEqual([100, 200, 400, 800, 1_000])
    expect(retryDelayMs(serverError(), 2, options, () => 1)).toBe(100)
  })

  it('waits exactly what the server asked for, without jitter', () => {
    const limited = new MediaUploadError('rate-limited', 'slow down', { status: 429, retryAfterMs: 42_000 })
    expect(retryDelayMs(limited, 1, DEFAULT_RETRY_OPTIONS, () => 1)).toBe(42_000)
  })

  it('calls the operation again until it succeeds, then stops', async () => {
    const waits: number[] = []
    let calls = 0
    const result = await withRetry(
      async () => {
        calls++
        if (calls < 3) throw serverError()
        return 'done'
      },
      { retry: { ...DEFAULT_RETRY_OPTIONS, backoffMs: 10 }, random: () => 0, sleep: async (ms) => void waits.push(ms) },
    )
    expect(result).toBe('done')
    expect(waits).toEqual([10, 20])
  })

  it('gives up after the limit with the last error', async () => {
    let calls = 0
    const attempt = withRetry(
      async () => {
        calls++
        throw serverError()
      },
      { retry: { ...DEFAULT_RETRY_OPTIONS, limit: 2 }, sleep: async () => {} },
    )
    await expect(attempt).rejects.toMatchObject({ code: 'server' })
    expect(calls).toBe(3)
  })

  it('fails at once when X asks for a longer wait than allowed', async () => {
    const attempt = withRetry(
      async () => {
        throw new MediaUploadError('rate-limited', 'slow down', { status: 429, retryAfterMs: 3_600_000 })
      },
      { retry: DEFAULT_RETRY_OPTIONS, sleep: async () => {} },
    )
    await expect(attempt).rejects.toMatchObject({ code: 'rate-limited', retryAfterMs: 3_600_000 })
  })
})
