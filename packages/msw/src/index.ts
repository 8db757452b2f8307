export { createMediaMock, createMediaHandlers, type MediaMock, type MediaMockOptions } from './create-media-mock'
export { DEFAULT_STORE_LIMITS, MediaStore, type StoreLimits } from './store/media-store'
export type {
  ApiVersion,
  ProcessingError,
  ProcessingSnapshot,
  ProcessingState,
  RequestLogEntry,
  RequestOutcome,
  StoredMedia,
  SubtitleTrack,
  UploadStep,
} from './store/types'
export { scenarios, isScenarioName, type ScenarioName } from './scenarios/presets'
export {
  DEFAULT_PROCESSING_ERROR,
  X_PROCESSING_ERRORS,
  type AuthFailure,
  type FailureBody,
  type ProcessingOptions,
  type RateLimitOptions,
  type ScenarioOptions,
} from './scenarios/scenario-options'
export { X_RATE_LIMITS, type EndpointRateLimitOptions, type RateLimitedEndpoint } from './scenarios/endpoint-rate-limits'
export { createManualClock, systemClock, type Clock, type ManualClock } from './support/clock'
export { ANONYMOUS_OWNER, type OAuth1Secrets } from './handlers/auth'
export type { AuthPolicy } from './handlers/routes'
export {
  MAX_ALT_TEXT_LENGTH,
  MAX_BYTES,
  MAX_SEGMENT_INDEX,
  MAX_V1_SEGMENT_BYTES,
  MAX_V2_SEGMENT_BYTES,
  MB,
  type MediaCategory,
  type MediaKind,
} from './rules/limits'
export { findMediaMock, inspectMediaMock } from './inspector/mock-registry'
export type { InspectedMedia, InspectedSubtitles, InspectorState } from './inspector/inspector-state'
export type { InspectorLogEntry } from './inspector/request-log'
export { readPhotoMetadata, type PhotoMetadata } from './rules/photo-metadata'
