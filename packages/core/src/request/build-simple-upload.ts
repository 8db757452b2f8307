import { assertResolvedEndpoint } from '../endpoints'
import { MEDIA_LIMITS } from '../file/limits'
import type { MediaCategory, ResolvedEndpoint } from '../types'
import type { BuiltRequest } from './built-request'
import { jsonPost, multipartPost } from './encode-body'
import { isBase64Media, type MediaSource } from './media-source'
import { uploadUrl } from './routes'
import { assertAdditionalOwners, assertMedia, assertMediaCategory, assertParams } from './validate'

/** Parameters of {@link buildSimpleUpload}. */
export interface SimpleUploadParams {
  /** The whole file. A Blob is sent as raw bytes (preferred); base64 only when asked. */
  media: MediaSource
  mediaCategory?: MediaCategory
  /** User ids (decimal strings) that may also post this media, at most 100. */
  additionalOwners?: string[]
}

/**
 * One-request upload of a small file: v1.1 `POST /1.1/media/upload.json` (images only), v2
 * `POST /2/media/upload` (images and GIFs). Video must use the chunked calls.
 *
 * v1.1 is always multipart (`media` or `media_data`); v2 sends a Blob as multipart and
 * base64 as JSON, the two forms X's own SDK uses.
 *
 * @throws MediaUploadError `invalid-argument` for empty media or media over the
 * endpoint's limit (5 MB in v1.1, 15 MB in v2), a bad category or owner id.
 * @example
 * ```ts
 * const built = buildSimpleUpload(resolveEndpoint(), { media: file, mediaCategory: 'tweet_image' })
 * const response = await fetch(toRequest(built))
 * ```
 */
export function buildSimpleUpload(endpoint: ResolvedEndpoint, params: SimpleUploadParams): BuiltRequest {
  assertResolvedEndpoint(endpoint, 'buildSimpleUpload')
  assertParams(params, 'buildSimpleUpload')
  const limit = endpoint.dialect === 'v2' ? MEDIA_LIMITS.gifBytes : MEDIA_LIMITS.imageBytes
  const media = assertMedia(params.media, limit)
  const mediaCategory = assertMediaCategory(params.mediaCategory)
  const additionalOwners = assertAdditionalOwners(params.additionalOwners)
  const url = uploadUrl(endpoint)
  if (endpoint.dialect === 'v2' && isBase64Media(media)) {
    return jsonPost(url, { media: media.base64, media_category: mediaCategory, additional_owners: additionalOwners })
  }
  const fields = { media_category: mediaCategory, additional_owners: additionalOwners?.join(',') }
  return multipartPost(url, fields, media, endpoint.dialect === 'v2' ? 'media' : 'media_data')
}
