import { abortedError } from './abort'

/** Waits `ms` milliseconds; injectable (config `sleep`) so tests can count waits instead of making them. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>

/**
 * The longest delay one `setTimeout` takes (2^31-1 ms, about 24.8 days): a longer one
 * overflows and fires after 1 ms, so longer waits are made of several timers.
 */
export const MAX_TIMER_MS = 2_147_483_647

/**
 * A `setTimeout` wait that rejects with `aborted` the moment the signal fires. Any length
 * works (longer than {@link MAX_TIMER_MS} or `Infinity` waits in steps, until aborted); a
 * negative or `NaN` wait is no wait.
 */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(signal))
      return
    }
    let remaining = ms > 0 ? ms : 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(abortedError(signal))
    }
    const step = (): void => {
      if (remaining <= 0) {
        signal?.removeEventListener('abort', onAbort)
        resolve()
        return
      }
      const part = Math.min(remaining, MAX_TIMER_MS)
      remaining -= part
      timer = setTimeout(step, part)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    if (remaining === 0) timer = setTimeout(step, 0)
    else step()
  })
