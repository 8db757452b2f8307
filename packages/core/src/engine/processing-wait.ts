import { abortedError } from './abort'
import { MediaUploadError } from '../errors/media-upload-error'
import { processingFailedError } from '../errors/processing-failure'
import type { ProcessingInfo } from '../types'
import type { Sleep } from './sleep'

/** X may leave out `check_after_secs`; then ask again after this long. */
const DEFAULT_CHECK_AFTER_SECS = 1

/** What {@link waitForProcessing} needs besides the first `processing_info`. */
export interface ProcessingWaitOptions {
  /** Asks X for the current `processing_info` (one `STATUS` request, retried inside). */
  poll: (signal: AbortSignal | undefined) => Promise<ProcessingInfo | undefined>
  /** Total time allowed, from the first answer. */
  timeoutMs: number
  now: () => number
  sleep: Sleep
  signal?: AbortSignal
  onProgress?: (info: ProcessingInfo) => void
}

const isDone = (info: ProcessingInfo): boolean => info.state === 'succeeded' || info.state === 'failed' || info.error !== undefined

/**
 * Polls `STATUS` until X says `succeeded`, waiting exactly `check_after_secs` before each
 * question (never faster). Fails as `processing-failed` with X's error, as
 * `processing-timeout` when the next wait would pass `timeoutMs`, and as `aborted` at once.
 */
export async function waitForProcessing(first: ProcessingInfo, options: ProcessingWaitOptions): Promise<ProcessingInfo> {
  const started = options.now()
  let info = first
  options.onProgress?.(info)
  while (!isDone(info)) {
    const waitMs = (info.checkAfterSecs ?? DEFAULT_CHECK_AFTER_SECS) * 1000
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
