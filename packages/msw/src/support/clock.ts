/**
 * Where the mock reads the time (epoch milliseconds): expiry, processing and rate-limit
 * windows all use it, so tests can move time instead of waiting.
 */
export interface Clock {
  now(): number
}

/** A {@link Clock} that tests move by hand. */
export interface ManualClock extends Clock {
  /** Moves the time forward by `ms` milliseconds. */
  advance(ms: number): void
  /** Sets the time to `epochMs`. */
  set(epochMs: number): void
}

/** The wall clock: `Date.now()`. */
export const systemClock: Clock = { now: () => Date.now() }

/**
 * A clock that only moves when told to; use it to expire ids or finish processing
 * without waiting.
 * @example
 * const clock = createManualClock()
 * const mock = createMediaMock({ clock })
 * clock.advance(86_400_000) // every id is now expired
 */
export function createManualClock(startEpochMs = Date.UTC(2026, 0, 1)): ManualClock {
  let current = startEpochMs
  return {
    now: () => current,
    advance: (ms) => {
      current += ms
    },
    set: (epochMs) => {
      current = epochMs
    },
  }
}
