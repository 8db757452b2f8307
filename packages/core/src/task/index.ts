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
export { createUploader, uploadMedia, type Uploader, type VideoCategoryOption } from './uploader'
export type { AttachSubtitlesOptions, AttachedSubtitles, RemoveSubtitlesOptions, SubtitledVideo } from '../subtitles/subtitles-flow'
export type {
  DraftContents,
  DraftItemProgress,
  DraftItemState,
  DraftStorage,
  DraftStore,
  RestoredDraftItem,
} from './draft-store'
export type {
  OriginalMedia,
  PrepareContext,
  PreparationStep,
  PreparationStepCode,
  PreparationSummary,
  PrepareMedia,
  PreparedMedia,
} from './preparation'
