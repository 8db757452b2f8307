import { assertResolvedEndpoint } from '../endpoints'
import type { MediaCategory, ResolvedEndpoint } from '../types'
import type { BuiltRequest } from './built-request'
import { formPost, jsonPost } from './encode-body'
import { uploadUrl, v2UploadStepUrl } from './routes'
import {
  assertAdditionalOwners,
  assertMediaCategory,
  assertMediaType,
  assertOptionalBoolean,
  assertParams,
  assertTotalBytes,
} from './validate'

/** Parameters of {@link buildInit}. */
export interface InitParams {
  /** Size of the whole file in bytes. */
  totalBytes: number
  /** MIME type of the whole file, e.g. `video/mp4`. */
  mediaType: string
  /** Needed for video and animated GIF: without it X does not process them for posts. */
  mediaCategory?: MediaCategory
  /** User ids (decimal strings) that may also post this media, at most 100. */
  additionalOwners?: string[]
  shared?: boolean
}

/**
 * Start a chunked upload: v1.1 `command=INIT` (urlencoded, so OAuth 1.0a signs it), v2
 * `POST /2/media/upload/initialize` (JSON). The answer carries the media id for `APPEND`.
 *
 * @throws MediaUploadError `invalid-argument` for a bad size, MIME type, category or owner id.
 */
export function buildInit(endpoint: ResolvedEndpoint, params: InitParams): BuiltRequest {
  assertResolvedEndpoint(endpoint, 'buildInit')
  assertParams(params, 'buildInit')
  const totalBytes = assertTotalBytes(params.totalBytes)
  const mediaType = assertMediaType(params.mediaType)
  const mediaCategory = assertMediaCategory(params.mediaCategory)
  const additionalOwners = assertAdditionalOwners(params.additionalOwners)
  const shared = assertOptionalBoolean(params.shared, 'shared')
  if (endpoint.dialect === 'v2') {
    return jsonPost(v2UploadStepUrl(endpoint, 'initialize'), {
      media_type: mediaType,
      total_bytes: totalBytes,
      media_category: mediaCategory,
      additional_owners: additionalOwners,
      shared,
    })
  }
  return formPost(uploadUrl(endpoint), {
    command: 'INIT',
    total_bytes: String(totalBytes),
    media_type: mediaType,
    media_category: mediaCategory,
    additional_owners: additionalOwners?.join(','),
    shared: shared === undefined ? undefined : String(shared),
  })
}
