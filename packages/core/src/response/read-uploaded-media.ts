import { expiresAtFrom } from '../expiry/expiry'
import { MEDIA_ID_PATTERN } from '../request/media-values'
import type { UploadedMedia } from '../types'
import { isRecord, numberField, stringField, type JsonRecord } from './json-fields'
import { invalidResponse } from './invalid-response'
import { readProcessingInfo } from './read-processing-info'
import type { ParseContext, RawResponse } from './raw-response'


/**
 * The media id as a string, never through a JS number: `data.id` (v2) or
 * `media_id_string` (v1.1), else the digits of `media_id` as written in the raw body.
 */
export function readMediaId(media: JsonRecord, response: RawResponse, context: ParseContext): string {
  const id = stringField(media, context.dialect === 'v2' ? 'id' : 'media_id_string')
  if (id !== undefined && MEDIA_ID_PATTERN.test(id)) return id
  const rawDigits = context.dialect === 'v1.1' ? /"media_id"\s*:\s*(\d{1,19})\b/.exec(response.body)?.[1] : undefined
  if (rawDigits !== undefined) return rawDigits
  throw invalidResponse(response.status, `it has no valid media id ("${context.dialect === 'v2' ? 'id' : 'media_id_string'}")`)
}

/** `expires_after_secs` counted from when the answer arrived, in epoch milliseconds. */
export function readExpiresAt(media: JsonRecord, context: ParseContext): number | undefined {
  const seconds = numberField(media, 'expires_after_secs')
  if (seconds === undefined || seconds < 0) return undefined
  const expiresAt = expiresAtFrom(seconds, context.receivedAt)
  return Number.isFinite(expiresAt) ? expiresAt : undefined
}

/** `image.image_type` or `video.video_type`, when X states it. */
function readUploadedType(media: JsonRecord): string | undefined {
  if (isRecord(media.video)) return stringField(media.video, 'video_type')
  if (isRecord(media.image)) return stringField(media.image, 'image_type')
  return undefined
}

/** A media object (v1.1 body or v2 `data`) as {@link UploadedMedia}; `expires_after_secs` is required. */
export function readUploadedMedia(media: JsonRecord, response: RawResponse, context: ParseContext): UploadedMedia {
  const mediaId = readMediaId(media, response, context)
  const expiresAt = readExpiresAt(media, context)
  if (expiresAt === undefined) throw invalidResponse(response.status, 'it has no "expires_after_secs"')
  const processingInfo = readProcessingInfo(media.processing_info)
  if (processingInfo === null) throw invalidResponse(response.status, '"processing_info" has no known "state"')
  const result: UploadedMedia = { mediaId, expiresAt }
  const mediaKey = stringField(media, 'media_key')
  if (mediaKey !== undefined) result.mediaKey = mediaKey
  const size = numberField(media, 'size')
  if (size !== undefined && size >= 0) result.size = size
  const mediaType = readUploadedType(media)
  if (mediaType !== undefined) result.mediaType = mediaType
  if (processingInfo !== undefined) result.processingInfo = processingInfo
  return result
}
