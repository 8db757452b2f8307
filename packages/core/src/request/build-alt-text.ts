import { assertResolvedEndpoint } from '../endpoints'
import type { ResolvedEndpoint } from '../types'
import { assertAltText } from './alt-text'
import type { BuiltRequest } from './built-request'
import { jsonPost } from './encode-body'
import { metadataUrl } from './routes'
import { assertMediaId, assertParams } from './validate'

/** Parameters of {@link buildAltText}. */
export interface AltTextParams {
  mediaId: string
  /** At most 1,000 characters (code points). */
  text: string
}

/**
 * Store alt text for an uploaded image or GIF: v1.1 `POST /1.1/media/metadata/create.json`
 * (`{ media_id, alt_text: { text } }`), v2 `POST /2/media/metadata`
 * (`{ id, metadata: { alt_text: { text } } }`).
 *
 * @throws MediaUploadError `alt-text-too-long` over 1,000 characters; `invalid-argument`
 * for a bad id or a text that is not a string.
 */
export function buildAltText(endpoint: ResolvedEndpoint, params: AltTextParams): BuiltRequest {
  assertResolvedEndpoint(endpoint, 'buildAltText')
  assertParams(params, 'buildAltText')
  const mediaId = assertMediaId(params.mediaId)
  const text = assertAltText(params.text)
  const url = metadataUrl(endpoint)
  if (endpoint.dialect === 'v2') return jsonPost(url, { id: mediaId, metadata: { alt_text: { text } } })
  return jsonPost(url, { media_id: mediaId, alt_text: { text } })
}
