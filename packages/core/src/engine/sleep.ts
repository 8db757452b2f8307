import { abortedError } from './abort'

/** Waits `ms` milliseconds; injectable (config `sleep`) so tests can count waits instead of making them. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>

/** A `setTimeout` wait that rejects with `aborted` the moment the signal fires. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(signal))
      return
    }
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(abortedError(signal))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, Math.max(0, ms))
    signal?.addEventListener('abort', onAbort, { once: true })
  })
