import { MediaUploadError } from '../errors/media-upload-error'
import type { ProcessingInfo, UploadedMedia } from '../types'
import { isRecord, numberField, parseJson } from './json-fields'
import { invalidResponse } from './invalid-response'
import { isDateMs } from './number-bounds'
import { assertNoErrorsOnly, assertSuccess, readMediaObject } from './read-envelope'
import { readProcessingInfo } from './read-processing-info'
import { readExpiresAt, readMediaId, readUploadedMedia } from './read-uploaded-media'
import type { ParseContext, RawResponse } from './raw-response'

/** What `APPEND` tells: v2 answers the new expiry (`data.expires_at`), v1.1 nothing. */
export interface AppendResult {
  expiresAt?: number
}

/** What `STATUS` tells about a finalized upload. */
export interface MediaStatus {
  mediaId: string
  /** Present when X restates `expires_after_secs` (it may leave it out once processing failed). */
  expiresAt?: number
  /** Absent when there is nothing (left) to process. */
  processingInfo?: ProcessingInfo
}

// Every parser funnels through here: whatever the input, the result is a value or a MediaUploadError.
function guarded<T>(response: RawResponse, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof MediaUploadError) throw error
    throw invalidResponse(typeof response?.status === 'number' ? response.status : 0, 'unexpected input', error)
  }
}

function parseUploadedMedia(response: RawResponse, context: ParseContext): UploadedMedia {
  return guarded(response, () => readUploadedMedia(readMediaObject(response, context), response, context))
}

/**
 * Read the answer to `INIT` (`POST /2/media/upload/initialize` or `command=INIT`): the
 * media id and when it expires.
 *
 * @throws MediaUploadError mapped by {@link errorFromResponse} for an error answer,
 * `invalid-response` for a 2xx body that is not X's documented shape.
 */
export function parseInitResponse(response: RawResponse, context: ParseContext): UploadedMedia {
  return parseUploadedMedia(response, context)
}

/** Read the answer to `APPEND`: any 2xx is success; v2 also reports the new expiry. */
export function parseAppendResponse(response: RawResponse, context: ParseContext): AppendResult {
  return guarded(response, () => {
    assertSuccess(response, context)
    const json = parseJson(response.body)
    if (context.dialect === 'v1.1' || !isRecord(json) || !isRecord(json.data)) return {}
    // Optional: an expiry no Date can hold is left out rather than passed on.
    const expiresAt = (numberField(json.data, 'expires_at') ?? Number.NaN) * 1000
    return isDateMs(expiresAt) ? { expiresAt } : {}
  })
}

/**
 * Read the answer to `FINALIZE`. When it has `processingInfo`, poll `STATUS` until
 * `succeeded` before posting the id.
 */
export function parseFinalizeResponse(response: RawResponse, context: ParseContext): UploadedMedia {
  return parseUploadedMedia(response, context)
}

/** Read the answer to `STATUS`: the processing state and, when stated, the new expiry. */
export function parseStatusResponse(response: RawResponse, context: ParseContext): MediaStatus {
  return guarded(response, () => {
    const media = readMediaObject(response, context)
    const processingInfo = readProcessingInfo(media.processing_info)
    if (processingInfo === null) throw invalidResponse(response.status, '"processing_info" has no known "state"')
    const status: MediaStatus = { mediaId: readMediaId(media, response, context) }
    const expiresAt = readExpiresAt(media, response, context)
    if (expiresAt !== undefined) status.expiresAt = expiresAt
    if (processingInfo !== undefined) status.processingInfo = processingInfo
    return status
  })
}

/** Read the answer to the one-request upload (`POST /2/media/upload` or v1.1 simple upload). */
export function parseSimpleUploadResponse(response: RawResponse, context: ParseContext): UploadedMedia {
  return parseUploadedMedia(response, context)
}

/** Read the answer to the alt-text call: any 2xx without errors is success. */
export function parseAltTextResponse(response: RawResponse, context: ParseContext): void {
  guarded(response, () => {
    assertSuccess(response, context)
    assertNoErrorsOnly(response, context)
  })
}
