export { useMediaUpload, type UseMediaUploadOptions, type UseMediaUploadResult, type MediaUploadCallOptions } from './hooks/use-media-upload'
export {
  useMediaUploads,
  type UseMediaUploadsOptions,
  type UseMediaUploadsResult,
  type MediaUploadItem,
  type AddFilesResult,
} from './hooks/use-media-uploads'
export { useMediaDropzone, type UseMediaDropzoneOptions, type UseMediaDropzoneResult } from './hooks/use-media-dropzone'
export { useUploadSnapshot } from './hooks/use-upload-snapshot'
export { isUsableSnapshot, type MediaUploadState } from './hooks/media-upload-state'
export { MEDIA_UPLOAD_MUTATION_KEY, type UploadMutationOptions, type UploadRun } from './hooks/use-upload-mutation'
export type { UploaderSource } from './hooks/use-uploader'
export { EXPIRY_CHECK_INTERVAL_MS } from './hooks/use-expiry-watch'
export { checkComposerRules, X_COMPOSER_RULES, type ComposerRules } from './composer/composer-rules'
export type { ComposerRuleCode, MediaRejection, MediaRejectionCode } from './composer/media-rejection'
export { X_MEDIA_ACCEPT } from './composer/x-media-types'
export {
  defaultMediaUploaderStrings,
  resolveStrings,
  type ErrorMessageContext,
  type MediaUploaderStrings,
  type MediaUploaderStringsOverride,
} from './strings/media-uploader-strings'
export { rejectionMessage, statusMessage, uploadErrorMessage } from './strings/messages'
export {
  defaultPreparationStepStrings,
  preparationLine,
  type PreparationChange,
  type PreparationStepStrings,
} from './strings/preparation-line'
export { MediaUploader, type MediaUploaderProps, type MediaItemRenderContext } from './components/media-uploader'
export { MediaItem, type MediaItemProps } from './components/media-item'
export { AltTextField, type AltTextFieldProps } from './components/alt-text-field'
export { MediaPreview, type MediaPreviewProps } from './components/media-preview'
export { UploadProgressBar, type UploadProgressBarProps } from './components/upload-progress-bar'
