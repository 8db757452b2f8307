import { abortedError } from './abort'
import { describeValue, invalidArgument } from '../errors/invalid-argument'
import { isMediaUploadError, MediaUploadError } from '../errors/media-upload-error'
import type { Sleep } from './sleep'

/**
 * Retry as data (ky's `retry` option, in spirit). Network errors, 5xx and 429 are retried;
 * 4xx validation errors never are. Network errors and 5xx count against `limit`; 429s do
 * not: they spend `rateLimitBudgetMs`, time rather than a count, as X's limits are windows
 * of time.
 */
export interface RetryOptions {
  /** Retries after network errors and 5xx (so `limit + 1` attempts in all). Default 5. */
  limit: number
  /** Wait before the first retry; doubled on each further one. Default 500 ms. */
  backoffMs: number
  /** Ceiling of the exponential wait. Default 30 s. */
  maxBackoffMs: number
  /** 0..1: how much of the wait is randomised ("equal jitter" at 0.5). Default 0.5. */
  jitter: number
  /**
   * The longest server-requested wait (`Retry-After`, `x-rate-limit-reset`) honoured;
   * a longer one fails at once as `rate-limited`. Default 15 minutes, X's rate-limit window.
   */
  maxRetryAfterMs: number
  /**
   * Total time one request may spend waiting on 429 answers before it fails as
   * `rate-limited`; each such wait is at least {@link MIN_RATE_LIMIT_WAIT_MS}. Separate
   * from `limit`, so rate limits do not use up the retries meant for failures. Default
   * 15 minutes: one full X rate-limit window.
   */
  rateLimitBudgetMs: number
}

/** The shortest wait after a 429, even when X says `Retry-After: 0`: the budget can never be spent on an instant loop. */
export const MIN_RATE_LIMIT_WAIT_MS = 1_000

/** The defaults of {@link RetryOptions}. */
export const DEFAULT_RETRY_OPTIONS: Readonly<RetryOptions> = Object.freeze({
  limit: 5,
  backoffMs: 500,
  maxBackoffMs: 30_000,
  jitter: 0.5,
  maxRetryAfterMs: 15 * 60_000,
  rateLimitBudgetMs: 15 * 60_000,
})

/**
 * Fills in the defaults; `false` means one attempt only (no retry, no 429 wait).
 *
 * @throws MediaUploadError `invalid-argument` for an option that is not a number in range.
 */
export function resolveRetryOptions(retry: Partial<RetryOptions> | false | undefined): RetryOptions {
  if (retry === false) return { ...DEFAULT_RETRY_OPTIONS, limit: 0, rateLimitBudgetMs: 0 }
  return assertRetryOptions({ ...DEFAULT_RETRY_OPTIONS, ...assertRetryObject(retry) })
}

/** The options given, without the ones left `undefined` (those take their default). */
function assertRetryObject(retry: unknown): Partial<RetryOptions> {
  if (retry === undefined) return {}
  if (typeof retry !== 'object' || retry === null || Array.isArray(retry)) {
    throw invalidArgument(`retry must be an options object or false, got ${describeValue(retry)}.`)
  }
  return Object.fromEntries(Object.entries(retry).filter(([, value]) => value !== undefined)) as Partial<RetryOptions>
}

// Counts are whole numbers; times may be Infinity (no ceiling) but never negative or NaN.
function assertRetryOptions(options: RetryOptions): RetryOptions {
  const { limit, jitter } = options
  if (!Number.isSafeInteger(limit) || limit < 0) throw invalidArgument(`retry.limit must be a whole number of 0 or more, got ${describeValue(limit)}.`)
  if (typeof jitter !== 'number' || !(jitter >= 0 && jitter <= 1)) throw invalidArgument(`retry.jitter must be a number from 0 to 1, got ${describeValue(jitter)}.`)
  for (const field of ['backoffMs', 'maxBackoffMs', 'maxRetryAfterMs', 'rateLimitBudgetMs'] as const) {
    const value = options[field]
    if (typeof value !== 'number' || !(value >= 0)) throw invalidArgument(`retry.${field} must be 0 or more milliseconds, got ${describeValue(value)}.`)
  }
  return options
}

const RETRYABLE_CODES = new Set(['network', 'server', 'rate-limited'])

/** Whether trying the same request again may succeed: network errors, 5xx and 429 only. */
export function isRetryableError(error: unknown): boolean {
  if (!isMediaUploadError(error)) return false
  return error.retryable || RETRYABLE_CODES.has(error.code)
}

/**
 * How long to wait before retry number `retry` (1-based). A wait the server asked for is
 * honoured exactly; otherwise exponential backoff with jitter.
 */
export function retryDelayMs(error: unknown, retry: number, options: RetryOptions, random: () => number = Math.random): number {
  if (isMediaUploadError(error) && error.retryAfterMs !== undefined) return Math.max(0, error.retryAfterMs)
  const exponential = Math.min(options.maxBackoffMs, options.backoffMs * 2 ** (retry - 1))
  const jitter = Math.min(1, Math.max(0, options.jitter))
  return Math.round(exponential * (1 - jitter * random()))
}

/** The rate-limit answer (429) that waits spend the time budget on, not the retry count. */
const isRateLimited = (error: unknown): boolean => isMediaUploadError(error, 'rate-limited')

function rateLimitedError(message: string, error: unknown, delayMs: number): MediaUploadError {
  return new MediaUploadError('rate-limited', message, {
    status: isMediaUploadError(error) ? error.status : undefined,
    retryAfterMs: delayMs,
    cause: error,
  })
}

/** What {@link withRetry} needs besides the operation. */
export interface WithRetryOptions {
  retry: RetryOptions
  sleep: Sleep
  signal?: AbortSignal
  random?: () => number
  /** Called before each wait: for logs and tests. */
  onRetry?: (info: { error: unknown; retry: number; delayMs: number }) => void
}

/**
 * Runs `operation` until it succeeds, fails with a non-retryable error, or the retries run
 * out: `limit` retries after network errors and 5xx, and 429 waits until they would pass
 * `rateLimitBudgetMs`. The operation is called again with the same input, so a retried
 * `APPEND` resends the same segment.
 */
export async function withRetry<T>(operation: (attempt: number) => Promise<T>, options: WithRetryOptions): Promise<T> {
  let failures = 0
  let rateLimits = 0
  let rateLimitWaitedMs = 0
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw abortedError(options.signal)
    try {
      return await operation(attempt)
    } catch (error) {
      if (options.signal?.aborted) throw abortedError(options.signal)
      if (!isRetryableError(error)) throw error
      const rateLimited = isRateLimited(error)
      if (rateLimited) rateLimits++
      else failures++
      if (!rateLimited && failures > options.retry.limit) throw error
      const askedMs = retryDelayMs(error, rateLimited ? rateLimits : failures, options.retry, options.random)
      const delayMs = rateLimited ? Math.max(MIN_RATE_LIMIT_WAIT_MS, askedMs) : askedMs
      if (delayMs > options.retry.maxRetryAfterMs) {
        throw rateLimitedError(`X asked to wait ${Math.ceil(delayMs / 1000)} s, longer than allowed.`, error, delayMs)
      }
      // No budget at all (retry: false): X's own answer says it best.
      if (rateLimited && options.retry.rateLimitBudgetMs === 0) throw error
      if (rateLimited && rateLimitWaitedMs + delayMs > options.retry.rateLimitBudgetMs) {
        const budget = Math.round(options.retry.rateLimitBudgetMs / 1000)
        throw rateLimitedError(`X kept rate-limiting the request past the ${budget} s allowed for waiting.`, error, delayMs)
      }
      if (rateLimited) rateLimitWaitedMs += delayMs
      options.onRetry?.({ error, retry: attempt, delayMs })
      await options.sleep(delayMs, options.signal)
    }
  }
}
