export type {
  Dialect,
  EndpointConfig,
  MediaCategory,
  MediaKind,
  ProcessingInfo,
  ResolvedEndpoint,
  UploadedMedia,
} from './types'
export { DEFAULT_BASE_URLS, resolveEndpoint } from './endpoints'
export {
  MediaUploadError,
  isMediaUploadError,
  type MediaUploadErrorCode,
  type MediaUploadErrorInit,
  type SerializedMediaUploadError,
} from './errors/media-upload-error'
