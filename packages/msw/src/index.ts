export { createMediaMock, createMediaHandlers, type MediaMock, type MediaMockOptions } from './create-media-mock'
export { MediaStore } from './store/media-store'
export type {
  ApiVersion,
  ProcessingError,
  ProcessingSnapshot,
  ProcessingState,
  RequestLogEntry,
  RequestOutcome,
  StoredMedia,
  UploadStep,
} from './store/types'
export { scenarios, isScenarioName, type ScenarioName } from './scenarios/presets'
export {
  DEFAULT_PROCESSING_ERROR,
  type ProcessingOptions,
  type RateLimitOptions,
  type ScenarioOptions,
} from './scenarios/scenario-options'
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
export { readPhotoMetadata, type PhotoMetadata } from './rules/photo-metadata'
