import type { ProcessingRecord } from '../store/media-record'
import type { ProcessingError } from '../store/types'

/** Settings captured when processing starts. */
export interface ProcessingSettings {
  rounds: number
  checkAfterSecs: number
  failWith: ProcessingError | undefined
  /** The `state` reported beside a failure's error. */
  errorState: 'failed' | 'in_progress'
}

/** The `pending` state `FINALIZE` answers for a video or GIF with a category. */
export function startProcessing(now: number, settings: ProcessingSettings): ProcessingRecord {
  return {
    state: 'pending',
    progressPercent: 0,
    checkAfterSecs: settings.checkAfterSecs,
    round: 0,
    rounds: settings.rounds,
    nextCheckAt: now + settings.checkAfterSecs * 1000,
    failWith: settings.failWith,
    errorState: settings.errorState,
  }
}

/**
 * Moves processing one step on a `STATUS` call, unless the client polled before
 * `check_after_secs` had passed on the store clock (then nothing changes, as a client
 * that polls too fast gains nothing against X either).
 */
export function advanceProcessing(processing: ProcessingRecord, now: number): void {
  if (processing.state === 'succeeded' || processing.state === 'failed' || processing.error) return
  if (now < processing.nextCheckAt) return
  processing.round += 1
  processing.nextCheckAt = now + processing.checkAfterSecs * 1000
  if (processing.round <= processing.rounds) {
    processing.state = 'in_progress'
    processing.progressPercent = Math.floor((processing.round * 100) / (processing.rounds + 1))
    return
  }
  if (processing.failWith) {
    // X has answered a failure while `state` still read `in_progress`: then progress stays.
    processing.state = processing.errorState
    if (processing.errorState === 'failed') processing.progressPercent = 100
    processing.error = { ...processing.failWith }
  } else {
    processing.progressPercent = 100
    processing.state = 'succeeded'
  }
}
