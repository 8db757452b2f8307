export {
  useMediaUpload,
  type UseMediaUploadOptions,
  type UseMediaUploadResult,
  type MediaUploadCallOptions,
} from './hooks/use-media-upload'
export {
  useMediaUploads,
  type UseMediaUploadsOptions,
  type UseMediaUploadsResult,
  type MediaUploadsCallbacks,
  type MediaUploadItem,
  type AddFilesResult,
} from './hooks/use-media-uploads'
export type { MediaFileInfo, MediaItemInfo, UploadLifecycleCallbacks } from './hooks/upload-events'
export { usePasteToUpload } from './hooks/use-paste-to-upload'
export { useMediaDropzone, type UseMediaDropzoneOptions, type UseMediaDropzoneResult } from './hooks/use-media-dropzone'
export { useUploadSnapshot } from './hooks/use-upload-snapshot'
export { usePosterFrame, type PosterFrameState } from './hooks/use-poster-frame'
export { isUsableSnapshot, type MediaUploadState } from './hooks/media-upload-state'
export type { NotReadyReason } from './hooks/readiness'
export { MEDIA_UPLOAD_MUTATION_KEY, type UploadMutationOptions, type UploadRun } from './hooks/use-upload-mutation'
export type { UploaderSource } from './hooks/use-uploader'
export { EXPIRY_CHECK_INTERVAL_MS } from './hooks/use-expiry-watch'
export { rejectionMessage, statusMessage, uploadErrorMessage, EXPIRY_NOTICE_MS } from './strings/messages'
export { MediaUploader, type MediaUploaderProps, type MediaUploaderLayout, type MediaItemRenderContext } from './components/media-uploader'
export { MediaItem, type MediaItemProps } from './components/media-item'
export { MediaGridItem, type MediaGridItemProps } from './components/media-grid-item'
export { AltTextDialog, type AltTextDialogProps } from './components/alt-text-dialog'
export { AltTextField, type AltTextFieldProps } from './components/alt-text-field'
export { SubtitlesControl, type SubtitlesControlProps } from './components/subtitles-control'
export { MediaPreview, type MediaPreviewProps } from './components/media-preview'
export { UploadProgressBar, type UploadProgressBarProps } from './components/upload-progress-bar'
export type { DraftState } from './hooks/use-draft-sync'
export { DraftNotice, defaultDraftNoticeStrings, type DraftNoticeProps, type DraftNoticeStrings } from './components/draft-notice'
// Rules, limits and default strings: also importable without 'use client' from `@tweet-media/react/rules`.
export * from './rules'
