export type {
  AltTextStatus,
  FileFingerprint,
  ResumeState,
  ResumeStore,
  UploadOptions,
  UploadPhase,
  UploadProgress,
  UploadProgressEvent,
  UploadSnapshot,
  UploadStatus,
  UploadTask,
} from './types'
export { UPLOADER_DEFAULTS, type UploaderConfig } from './uploader-config'
export { createUploader, uploadMedia, type Uploader } from './uploader'
export type {
  OriginalMedia,
  PrepareContext,
  PreparationStep,
  PreparationStepCode,
  PreparationSummary,
  PrepareMedia,
  PreparedMedia,
} from './preparation'
