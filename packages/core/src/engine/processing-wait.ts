import { abortedError } from './abort'
import { MediaUploadError } from '../errors/media-upload-error'
import { processingFailedError } from '../errors/processing-failure'
import type { ProcessingInfo } from '../types'
import type { Sleep } from './sleep'

/**
 * The shortest wait between two `STATUS` questions: 1 s, X's smallest `check_after_secs`.
 * Also the wait when X leaves `check_after_secs` out, or states 0 or less.
 */
export const MIN_STATUS_WAIT_MS = 1_000

/**
 * The longest wait between two `STATUS` questions, whatever `check_after_secs` says: one
 * minute. X's answers name a few seconds; a longer one is a mistake, and asking once a
 * minute costs one request while a wait of hours would stall the upload.
 */
export const MAX_STATUS_WAIT_MS = 60_000

/** The wait before the next `STATUS`: `check_after_secs`, held between the floor and the cap. */
export function statusWaitMs(checkAfterSecs: number | undefined): number {
  const asked = (checkAfterSecs ?? 0) * 1000
  // NaN fails both comparisons below, so it is sent to the floor first.
  if (!(asked > MIN_STATUS_WAIT_MS)) return MIN_STATUS_WAIT_MS
  return Math.min(asked, MAX_STATUS_WAIT_MS)
}

/** What {@link waitForProcessing} needs besides the first `processing_info`. */
export interface ProcessingWaitOptions {
  /** Asks X for the current `processing_info` (one `STATUS` request, retried inside). */
  poll: (signal: AbortSignal | undefined) => Promise<ProcessingInfo | undefined>
  /** Total time allowed, from the first answer; `Infinity` for no limit. */
  timeoutMs: number
  now: () => number
  sleep: Sleep
  signal?: AbortSignal
  onProgress?: (info: ProcessingInfo) => void
}

const isDone = (info: ProcessingInfo): boolean => info.state === 'succeeded' || info.state === 'failed' || info.error !== undefined

/**
 * Polls `STATUS` until X says `succeeded`, waiting `check_after_secs` before each question,
 * never less than {@link MIN_STATUS_WAIT_MS} nor more than {@link MAX_STATUS_WAIT_MS}. Fails as `processing-failed` with X's error, as
 * `processing-timeout` when the next wait would pass `timeoutMs`, and as `aborted` at once.
 */
export async function waitForProcessing(first: ProcessingInfo, options: ProcessingWaitOptions): Promise<ProcessingInfo> {
  const started = options.now()
  let info = first
  options.onProgress?.(info)
  while (!isDone(info)) {
    const waitMs = statusWaitMs(info.checkAfterSecs)
    if (options.now() + waitMs - started > options.timeoutMs) {
      throw new MediaUploadError(
        'processing-timeout',
        `X was still processing the media after ${Math.round((options.now() - started) / 1000)} s.`,
      )
    }
    await options.sleep(waitMs, options.signal)
    if (options.signal?.aborted) throw abortedError(options.signal)
    // A STATUS answer without processing_info means there is nothing left to process.
    info = (await options.poll(options.signal)) ?? { state: 'succeeded' }
    options.onProgress?.(info)
  }
  if (info.state !== 'succeeded' || info.error !== undefined) {
    throw processingFailedError(info)
  }
  return info
}
