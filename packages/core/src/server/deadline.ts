/** A timer that aborts a signal once started and not cleared in time. */
export interface Deadline {
  /** Aborts when the time is up. */
  readonly signal: AbortSignal
  /** Whether the time ran out (as opposed to another abort). */
  readonly expired: boolean
  /** Starts the clock; later calls do nothing. */
  start(): void
  /** Stops the clock: the signal will not abort. */
  clear(): void
}

/** A {@link Deadline} of `ms` milliseconds, not yet started. */
export function createDeadline(ms: number): Deadline {
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  let expired = false
  let cleared = false
  return {
    signal: controller.signal,
    get expired() {
      return expired
    },
    start() {
      if (timer !== undefined || cleared) return
      timer = setTimeout(() => {
        expired = true
        controller.abort(new Error(`No answer within ${ms} ms`))
      }, ms)
    },
    clear() {
      cleared = true
      clearTimeout(timer)
    },
  }
}
