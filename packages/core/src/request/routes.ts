import type { ResolvedEndpoint } from '../types'

// The URL of every call, per dialect. Ids are validated digits, so they need no escaping.

export function uploadUrl(endpoint: ResolvedEndpoint): string {
  return endpoint.dialect === 'v2' ? `${endpoint.baseUrl}/2/media/upload` : `${endpoint.baseUrl}/1.1/media/upload.json`
}

export function metadataUrl(endpoint: ResolvedEndpoint): string {
  return endpoint.dialect === 'v2'
    ? `${endpoint.baseUrl}/2/media/metadata`
    : `${endpoint.baseUrl}/1.1/media/metadata/create.json`
}

/** v2 only: `/2/media/upload/initialize`, `/2/media/upload/{id}/append`, … */
export function v2UploadStepUrl(endpoint: ResolvedEndpoint, step: 'initialize' | 'append' | 'finalize', mediaId?: string): string {
  const base = uploadUrl(endpoint)
  return step === 'initialize' ? `${base}/initialize` : `${base}/${mediaId}/${step}`
}

/** v2 `/2/media/subtitles` (POST creates, DELETE removes); v1.1 `/1.1/media/subtitles/{create,delete}.json`. */
export function subtitlesUrl(endpoint: ResolvedEndpoint, action: 'create' | 'delete'): string {
  return endpoint.dialect === 'v2' ? `${endpoint.baseUrl}/2/media/subtitles` : `${endpoint.baseUrl}/1.1/media/subtitles/${action}.json`
}
