import { assertResolvedEndpoint } from '../endpoints'
import type { ResolvedEndpoint } from '../types'
import type { BuiltRequest } from './built-request'
import type { MediaIdParams } from './build-finalize'
import { getWithQuery } from './encode-body'
import { uploadUrl } from './routes'
import { assertMediaId, assertParams } from './validate'

/**
 * Ask how processing of a finalized upload is going: `GET …/upload?command=STATUS&media_id=…`
 * (`/1.1/media/upload.json` or `/2/media/upload`). Poll after `check_after_secs`.
 *
 * @throws MediaUploadError `invalid-argument` for a bad id.
 */
export function buildStatus(endpoint: ResolvedEndpoint, params: MediaIdParams): BuiltRequest {
  assertResolvedEndpoint(endpoint, 'buildStatus')
  assertParams(params, 'buildStatus')
  const mediaId = assertMediaId(params.mediaId)
  return getWithQuery(uploadUrl(endpoint), { command: 'STATUS', media_id: mediaId })
}
