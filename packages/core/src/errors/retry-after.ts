import { MAX_TIMER_MS } from '../engine/sleep'

/**
 * How long the server asked to wait before the next attempt, in milliseconds:
 * `Retry-After` (seconds or an HTTP date) on any answer, and for a 429 also
 * `x-rate-limit-reset` (epoch seconds; X sends it on every answer, so it only means
 * "wait" when the limit was hit). `undefined` when no header applies; never negative, and
 * never more than {@link MAX_TIMER_MS} (a 400-digit `Retry-After` is a long wait, not `Infinity`).
 */
export function retryAfterMs(status: number, headers: Headers, now: number): number | undefined {
  const wait = requestedWaitMs(status, headers, now)
  return wait === undefined || Number.isNaN(wait) ? undefined : Math.min(wait, MAX_TIMER_MS)
}

function requestedWaitMs(status: number, headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim()
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000
    const date = Date.parse(retryAfter)
    if (!Number.isNaN(date)) return Math.max(0, date - now)
  }
  const reset = headers.get('x-rate-limit-reset')?.trim()
  if (status === 429 && reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now)
  return undefined
}
