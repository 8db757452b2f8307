import { PROCESSING_STATES } from '../request/media-values'
import type { ProcessingInfo } from '../types'
import { isRecord, numberField, stringField, type JsonRecord } from './json-fields'
import { isCount, MAX_CHECK_AFTER_SECS } from './number-bounds'

/** X's numeric error code when it is a whole number, else 0 (unknown). */
function readCode(error: JsonRecord): number {
  const code = numberField(error, 'code')
  return isCount(code) ? code : 0
}

/**
 * `processing_info` in camel case; `undefined` when absent; `null` when present but not
 * readable (an unknown `state`), so the caller can refuse it instead of waiting forever.
 */
export function readProcessingInfo(value: unknown): ProcessingInfo | undefined | null {
  if (value === undefined || value === null) return undefined
  if (!isRecord(value)) return null
  const state = stringField(value, 'state')
  if (state === undefined || !PROCESSING_STATES.has(state)) return null
  const info: ProcessingInfo = { state: state as ProcessingInfo['state'] }
  // A negative wait means nothing; a huge one is held at a day (the engine caps it further).
  const checkAfterSecs = numberField(value, 'check_after_secs')
  if (checkAfterSecs !== undefined && checkAfterSecs >= 0) info.checkAfterSecs = Math.min(checkAfterSecs, MAX_CHECK_AFTER_SECS)
  const progressPercent = numberField(value, 'progress_percent')
  if (progressPercent !== undefined) info.progressPercent = Math.min(100, Math.max(0, progressPercent))
  if (isRecord(value.error)) {
    info.error = {
      code: readCode(value.error),
      name: stringField(value.error, 'name') ?? '',
      message: stringField(value.error, 'message') ?? 'X could not process the media.',
    }
  }
  return info
}
