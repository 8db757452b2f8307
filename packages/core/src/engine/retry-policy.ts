import { abortedError } from './abort'
import { isMediaUploadError, MediaUploadError } from '../errors/media-upload-error'
import type { Sleep } from './sleep'

/**
 * Retry as data (ky's `retry` option, in spirit). Network errors, 5xx and 429 are retried;
 * 4xx validation errors never are.
 */
export interface RetryOptions {
  /** Retries after the first attempt (so `limit + 1` attempts in all). Default 5. */
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
}

/** The defaults of {@link RetryOptions}. */
export const DEFAULT_RETRY_OPTIONS: Readonly<RetryOptions> = Object.freeze({
  limit: 5,
  backoffMs: 500,
  maxBackoffMs: 30_000,
  jitter: 0.5,
  maxRetryAfterMs: 15 * 60_000,
})

/** Fills in the defaults; `false` means one attempt only. */
export function resolveRetryOptions(retry: Partial<RetryOptions> | false | undefined): RetryOptions {
  if (retry === false) return { ...DEFAULT_RETRY_OPTIONS, limit: 0 }
  return { ...DEFAULT_RETRY_OPTIONS, ...retry }
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
 * out. The operation is called again with the same input, so a retried `APPEND` resends
 * the same segment.
 */
export async function withRetry<T>(operation: (attempt: number) => Promise<T>, options: WithRetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw abortedError(options.signal)
    try {
      return await operation(attempt)
    } catch (error) {
      if (options.signal?.aborted) throw abortedError(options.signal)
      if (!isRetryableError(error) || attempt > options.retry.limit) throw error
      const delayMs = retryDelayMs(error, attempt, options.retry, options.random)
      if (delayMs > options.retry.maxRetryAfterMs) {
        throw new MediaUploadError('rate-limited', `X asked to wait ${Math.ceil(delayMs / 1000)} s, longer than allowed.`, {
          status: isMediaUploadError(error) ? error.status : undefined,
          retryAfterMs: delayMs,
          cause: error,
        })
      }
      options.onRetry?.({ error, retry: attempt, delayMs })
      await options.sleep(delayMs, options.signal)
    }
  }
}
