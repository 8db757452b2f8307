import { assertResolvedEndpoint } from '../endpoints'
import type { ResolvedEndpoint } from '../types'
import type { BuiltRequest } from './built-request'
import { formPost, jsonPost } from './encode-body'
import { uploadUrl, v2UploadStepUrl } from './routes'
import { assertMediaId, assertParams } from './validate'

/** Parameters of {@link buildFinalize} and {@link buildStatus}. */
export interface MediaIdParams {
  mediaId: string
}

/**
 * Close a chunked upload once every segment is sent: v1.1 `command=FINALIZE`
 * (urlencoded), v2 `POST /2/media/upload/{id}/finalize` with the JSON body `{}` (X refuses
 * a v2 finalize without a body: "Request body must be a JSON object."). When the answer has
 * `processing_info`, poll {@link buildStatus} before using the id.
 *
 * @throws MediaUploadError `invalid-argument` for a bad id.
 */
export function buildFinalize(endpoint: ResolvedEndpoint, params: MediaIdParams): BuiltRequest {
  assertResolvedEndpoint(endpoint, 'buildFinalize')
  assertParams(params, 'buildFinalize')
  const mediaId = assertMediaId(params.mediaId)
  if (endpoint.dialect === 'v1.1') return formPost(uploadUrl(endpoint), { command: 'FINALIZE', media_id: mediaId })
  return jsonPost(v2UploadStepUrl(endpoint, 'finalize', mediaId), {})
}
