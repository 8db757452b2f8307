// The ranges parsed numbers must fall in. X's answers stay far inside them; a value
// outside is a broken or hostile answer, so it is refused or held at the edge, never
// passed on as a time no Date can hold or a wait no timer can make.

/** The largest epoch milliseconds a `Date` holds (8.64e15, the year 275760). */
export const MAX_DATE_MS = 8.64e15

/**
 * The longest `expires_after_secs` taken as true: one year. X's longest window is about
 * 15 days (v2 INIT); a larger value is refused as `invalid-response`.
 */
export const MAX_EXPIRES_AFTER_SECS = 365 * 86_400

/**
 * The largest `check_after_secs` passed on: one day (X names a few seconds). Larger ones
 * are held at this; the engine waits at most a minute anyway.
 */
export const MAX_CHECK_AFTER_SECS = 86_400

/** A whole number from 0 to `Number.MAX_SAFE_INTEGER` (sizes, codes). */
export function isCount(value: number | undefined): value is number {
  return value !== undefined && Number.isSafeInteger(value) && value >= 0
}

/** An epoch-milliseconds time a `Date` can hold, after the epoch. */
export function isDateMs(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value <= MAX_DATE_MS
}
