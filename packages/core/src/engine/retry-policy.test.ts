import { describe, expect, it } from 'vitest'
import { MediaUploadError } from '../errors/media-upload-error'
import { rejectionOf } from '../../test/test-errors'
import { DEFAULT_RETRY_OPTIONS, isRetryableError, MIN_RATE_LIMIT_WAIT_MS, resolveRetryOptions, retryDelayMs, withRetry } from './retry-policy'

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

describe('rate-limit budget', () => {
  const rateLimited = (retryAfterMs?: number): MediaUploadError =>
    new MediaUploadError('rate-limited', 'slow down', { status: 429, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) })

  /** An operation that fails with each error in turn, then succeeds; counts its calls. */
  function failingWith(errors: MediaUploadError[]) {
    const queue = [...errors]
    const calls = { count: 0 }
    const operation = async (): Promise<string> => {
      calls.count++
      const next = queue.shift()
      if (next) throw next
      return 'done'
    }
    return { operation, calls }
  }

  it('does not spend the 5xx retries on 429 waits', async () => {
    const { operation, calls } = failingWith([...Array.from({ length: 8 }, () => rateLimited(10_000)), serverError(), serverError()])
    const waits: number[] = []

    const result = await withRetry(operation, { retry: { ...DEFAULT_RETRY_OPTIONS, limit: 2 }, random: () => 0, sleep: async (ms) => void waits.push(ms) })

    expect(result).toBe('done')
    expect(calls.count).toBe(11)
    expect(waits.filter((ms) => ms === 10_000)).toHaveLength(8)
  })

  it('fails as rate-limited once the next 429 wait would pass the time budget', async () => {
    const { operation, calls } = failingWith(Array.from({ length: 20 }, () => rateLimited(60_000)))
    const waits: number[] = []

    const error = await rejectionOf(withRetry(operation, { retry: { ...DEFAULT_RETRY_OPTIONS, rateLimitBudgetMs: 300_000 }, sleep: async (ms) => void waits.push(ms) }))

    expect(waits).toEqual([60_000, 60_000, 60_000, 60_000, 60_000])
    expect(calls.count).toBe(6)
    expect(error).toMatchObject({ code: 'rate-limited', status: 429, retryAfterMs: 60_000 })
    expect(error.message).toBe('X kept rate-limiting the request past the 300 s allowed for waiting.')
  })

  it('waits at least a second per 429, so Retry-After: 0 cannot loop without end', async () => {
    const { operation } = failingWith(Array.from({ length: 100 }, () => rateLimited(0)))
    const waits: number[] = []

    const error = await rejectionOf(withRetry(operation, { retry: { ...DEFAULT_RETRY_OPTIONS, rateLimitBudgetMs: 10_000 }, sleep: async (ms) => void waits.push(ms) }))

    expect(error.code).toBe('rate-limited')
    expect(waits).toEqual(Array.from({ length: 10 }, () => MIN_RATE_LIMIT_WAIT_MS))
  })

  it('backs off exponentially between 429s without Retry-After, counted apart from failures', async () => {
    const { operation } = failingWith([rateLimited(), serverError(), rateLimited(), rateLimited()])
    const waits: number[] = []

    await withRetry(operation, { retry: { ...DEFAULT_RETRY_OPTIONS, backoffMs: 2_000 }, random: () => 0, sleep: async (ms) => void waits.push(ms) })

    expect(waits).toEqual([2_000, 2_000, 4_000, 8_000])
  })

  it('waits on no 429 when retry is false, and fails with X own answer', async () => {
    const answer = rateLimited(1_000)
    const { operation, calls } = failingWith([answer])
    await expect(withRetry(operation, { retry: resolveRetryOptions(false), sleep: async () => {} })).rejects.toBe(answer)
    expect(calls.count).toBe(1)
  })

  it('takes options left undefined as their defaults', () => {
    expect(resolveRetryOptions({ limit: undefined, rateLimitBudgetMs: 60_000 })).toEqual({ ...DEFAULT_RETRY_OPTIONS, rateLimitBudgetMs: 60_000 })
  })
})
