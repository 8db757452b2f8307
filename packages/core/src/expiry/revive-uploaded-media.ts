import { isRecord } from '../response/json-fields'
import { MEDIA_CATEGORIES, MEDIA_ID_PATTERN, PROCESSING_STATES } from '../request/media-values'
import type { UploadedMedia } from '../types'

const optionalString = (value: unknown): boolean => value === undefined || typeof value === 'string'
const optionalNumber = (value: unknown): boolean => value === undefined || (typeof value === 'number' && Number.isFinite(value))

function isProcessingInfo(value: unknown): boolean {
  if (value === undefined) return true
  if (!isRecord(value) || typeof value.state !== 'string' || !PROCESSING_STATES.has(value.state)) return false
  const { error } = value
  const errorOk = error === undefined || (isRecord(error) && typeof error.code === 'number' && typeof error.name === 'string' && typeof error.message === 'string')
  return optionalNumber(value.checkAfterSecs) && optionalNumber(value.progressPercent) && errorOk
}

/**
 * An `UploadedMedia` read back from storage (a saved draft), or `undefined` when the value
 * is not one. `UploadedMedia` is plain JSON, so `JSON.stringify` is all it takes to save
 * it; this is the checked way back in.
 *
 * @example
 * ```ts
 * const media = reviveUploadedMedia(JSON.parse(localStorage.getItem('draft') ?? 'null'))
 * if (media && !isExpired(media)) attach(media.mediaId)
 * ```
 */
export function reviveUploadedMedia(value: unknown): UploadedMedia | undefined {
  if (!isRecord(value) || typeof value.mediaId !== 'string' || !MEDIA_ID_PATTERN.test(value.mediaId)) return undefined
  if (typeof value.expiresAt !== 'number' || !Number.isFinite(value.expiresAt)) return undefined
  const category = value.mediaCategory
  const valid =
    optionalString(value.mediaKey) &&
    optionalNumber(value.size) &&
    optionalString(value.mediaType) &&
    optionalString(value.altText) &&
    (category === undefined || (typeof category === 'string' && MEDIA_CATEGORIES.has(category))) &&
    isProcessingInfo(value.processingInfo)
  return valid ? (value as unknown as UploadedMedia) : undefined
}
