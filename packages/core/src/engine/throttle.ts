/** A leading-edge throttle whose `flush` always delivers the latest value. */
export interface Throttled<T> {
  /** Delivers `value` now if `intervalMs` passed since the last delivery, else keeps it for later. */
  push(value: T): void
  /** Delivers the kept value, if any: for phase changes and the final event. */
  flush(): void
}

/**
 * Throttles progress so a UI is not flooded: at most one delivery per `intervalMs`, the
 * first at once, the last one never lost (call `flush` at the end). No timers, so nothing
 * fires after the upload ends.
 */
export function throttle<T>(deliver: (value: T) => void, intervalMs: number, now: () => number): Throttled<T> {
  let last = Number.NEGATIVE_INFINITY
  let pending: { value: T } | undefined
  const emit = (value: T): void => {
    pending = undefined
    last = now()
    deliver(value)
  }
  return {
    push(value) {
      if (now() - last >= intervalMs) emit(value)
      else pending = { value }
    },
    flush() {
      if (pending) emit(pending.value)
    },
  }
}
