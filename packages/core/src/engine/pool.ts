import { abortedError, anySignal } from './abort'

/**
 * Runs `worker` over `items`, at most `concurrency` at a time, in order of the items.
 * When one fails, the others are aborted through their signal, every started worker is
 * awaited (no promise rejection goes unhandled), and the first failure is thrown.
 */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T, signal: AbortSignal) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const failure = new AbortController()
  const poolSignal = anySignal([signal, failure.signal])
  let next = 0
  let firstError: { error: unknown } | undefined

  const lane = async (): Promise<void> => {
    while (next < items.length && !poolSignal.aborted) {
      const item = items[next++] as T
      try {
        await worker(item, poolSignal)
      } catch (error) {
        firstError ??= { error }
        failure.abort(error)
        return
      }
    }
  }

  const lanes = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane)
  await Promise.all(lanes)
  if (signal?.aborted) throw abortedError(signal)
  if (firstError) throw firstError.error
}
