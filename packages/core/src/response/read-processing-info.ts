import { PROCESSING_STATES } from '../request/media-values'
import type { ProcessingInfo } from '../types'
import { isRecord, numberField, stringField } from './json-fields'

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
  const checkAfterSecs = numberField(value, 'check_after_secs')
  if (checkAfterSecs !== undefined && checkAfterSecs >= 0) info.checkAfterSecs = checkAfterSecs
  const progressPercent = numberField(value, 'progress_percent')
  if (progressPercent !== undefined) info.progressPercent = Math.min(100, Math.max(0, progressPercent))
  if (isRecord(value.error)) {
    info.error = {
      code: numberField(value.error, 'code') ?? 0,
      name: stringField(value.error, 'name') ?? '',
      message: stringField(value.error, 'message') ?? 'X could not process the media.',
    }
  }
  return info
}
