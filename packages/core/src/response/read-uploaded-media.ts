import { expiresAtFrom } from '../expiry/expiry'
import { MEDIA_ID_PATTERN } from '../request/media-values'
import type { UploadedMedia } from '../types'
import { isRecord, numberField, stringField, type JsonRecord } from './json-fields'
import { isCount, isDateMs, MAX_EXPIRES_AFTER_SECS } from './number-bounds'
import { topLevelToken } from './top-level-token'
import { invalidResponse } from './invalid-response'
import { readProcessingInfo } from './read-processing-info'
import type { ParseContext, RawResponse } from './raw-response'


/**
 * The media id as a string, never through a JS number: `data.id` (v2) or
 * `media_id_string` (v1.1), else the digits of the top-level `media_id` exactly as written
 * in the raw body (a 19-digit id does not survive `JSON.parse`). Anything else, such as
 * `1.5e3` or an id only inside a nested object, is refused.
 */
export function readMediaId(media: JsonRecord, response: RawResponse, context: ParseContext): string {
  const field = context.dialect === 'v2' ? 'id' : 'media_id_string'
  const stated = media[field]
  if (typeof stated === 'string' && MEDIA_ID_PATTERN.test(stated)) return stated
  if (stated === undefined && context.dialect === 'v1.1') {
    const rawDigits = topLevelToken(response.body, 'media_id')
    if (rawDigits !== undefined && MEDIA_ID_PATTERN.test(rawDigits)) return rawDigits
  }
  throw invalidResponse(response.status, `it has no valid media id ("${field}")`)
}

/**
 * `expires_after_secs` counted from when the answer arrived, in epoch milliseconds;
 * `undefined` when X leaves it out.
 *
 * @throws MediaUploadError `invalid-response` when it is stated but negative, beyond
 * {@link MAX_EXPIRES_AFTER_SECS}, or lands outside the `Date` range.
 */
export function readExpiresAt(media: JsonRecord, response: RawResponse, context: ParseContext): number | undefined {
  const seconds = numberField(media, 'expires_after_secs')
  if (seconds === undefined) return undefined
  const expiresAt = expiresAtFrom(seconds, context.receivedAt)
  if (seconds < 0 || seconds > MAX_EXPIRES_AFTER_SECS || !isDateMs(expiresAt)) {
    throw invalidResponse(response.status, `"expires_after_secs" of ${seconds} is out of range (0 to ${MAX_EXPIRES_AFTER_SECS})`)
  }
  return expiresAt
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
  const expiresAt = readExpiresAt(media, response, context)
  if (expiresAt === undefined) throw invalidResponse(response.status, 'it has no "expires_after_secs"')
  const processingInfo = readProcessingInfo(media.processing_info)
  if (processingInfo === null) throw invalidResponse(response.status, '"processing_info" has no known "state"')
  const result: UploadedMedia = { mediaId, expiresAt }
  const mediaKey = stringField(media, 'media_key')
  if (mediaKey !== undefined) result.mediaKey = mediaKey
  const size = numberField(media, 'size')
  if (isCount(size)) result.size = size
  const mediaType = readUploadedType(media)
  if (mediaType !== undefined) result.mediaType = mediaType
  if (processingInfo !== undefined) result.processingInfo = processingInfo
  return result
}
