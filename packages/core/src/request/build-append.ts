import { assertResolvedEndpoint } from '../endpoints'
import { MEDIA_LIMITS } from '../file/limits'
import type { ResolvedEndpoint } from '../types'
import type { BuiltRequest } from './built-request'
import { jsonPost, multipartPost } from './encode-body'
import { isBase64Media, type MediaSource } from './media-source'
import { uploadUrl, v2UploadStepUrl } from './routes'
import { assertMedia, assertMediaId, assertParams, assertSegmentIndex } from './validate'

/** Parameters of {@link buildAppend}. */
export interface AppendParams {
  mediaId: string
  /** 0 to 999; X orders segments by it, so they may be sent in any order. */
  segmentIndex: number
  /** One chunk, at most 5 MB (see `readChunk`). */
  media: MediaSource
}

/**
 * Send one segment of a chunked upload: v1.1 `command=APPEND` (multipart only), v2
 * `POST /2/media/upload/{id}/append` (multipart for a Blob, JSON for base64). The chunk is
 * always in the body, never in the URL or a header.
 *
 * @throws MediaUploadError `invalid-argument` for a bad id, an index outside 0–999, or
 * an empty chunk or one over 5 MB.
 */
export function buildAppend(endpoint: ResolvedEndpoint, params: AppendParams): BuiltRequest {
  assertResolvedEndpoint(endpoint, 'buildAppend')
  assertParams(params, 'buildAppend')
  const mediaId = assertMediaId(params.mediaId)
  const segmentIndex = String(assertSegmentIndex(params.segmentIndex))
  const media = assertMedia(params.media, MEDIA_LIMITS.segmentBytes)
  if (endpoint.dialect === 'v1.1') {
    const fields = { command: 'APPEND', media_id: mediaId, segment_index: segmentIndex }
    return multipartPost(uploadUrl(endpoint), fields, media, 'media_data')
  }
  const url = v2UploadStepUrl(endpoint, 'append', mediaId)
  if (isBase64Media(media)) return jsonPost(url, { media: media.base64, segment_index: Number(segmentIndex) })
  return multipartPost(url, { segment_index: segmentIndex }, media, 'media')
}
