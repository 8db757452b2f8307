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
export { ERROR_BODY_SCAN_LIMIT } from './errors/x-error-body'
export {
  explainProcessingError,
  formatDuration,
  type ProcessingFailureReason,
  type XProcessingError,
} from './errors/processing-failure'
export { PROXY_ERROR_HEADER, readProxyError, type ProxyErrorCode } from './errors/proxy-error'
export * from './request/index'
export * from './file/index'
export * from './response/index'
export * from './expiry/index'
export * from './auth/index'
export * from './transport/index'
export * from './engine/index'
export * from './task/index'
