import { explainProcessingError, type MediaUploadError } from '@tweet-media/core'
import type { MediaRejection } from '../composer/media-rejection'
import type { MediaUploadState } from '../hooks/media-upload-state'
import type { MediaUploaderStrings } from './media-uploader-strings'

/** The user-facing reason a file was refused, from the dictionary. */
export function rejectionMessage(rejection: MediaRejection, strings: MediaUploaderStrings): string {
  return strings.errors[rejection.code]({ fileName: rejection.file.name, detail: rejection.message })
}

/**
 * The user-facing reason an upload failed, from the dictionary; X's own words go in
 * `detail` (for a failed processing, X's reason in plain words: "it is 2 min 29 s long; …").
 */
export function uploadErrorMessage(error: MediaUploadError, fileName: string, strings: MediaUploaderStrings): string {
  const detail = error.code === 'processing-failed' ? explainProcessingError(error).text : error.message
  return strings.errors[error.code]({ fileName, detail })
}

/** One line saying where an upload stands: `Uploading 40%`, `Processing…`, `Uploaded`. */
export function statusMessage(state: MediaUploadState, strings: MediaUploaderStrings): string {
  switch (state.status) {
    case 'idle':
    case 'validating':
      return strings.statusValidating
    case 'uploading':
      return strings.statusUploading(Math.round(state.progress.fraction * 100))
    case 'processing':
      return strings.statusProcessing(state.progress.processingPercent)
    case 'success':
      return state.timeLeftMs === undefined
        ? strings.statusSuccess
        : `${strings.statusSuccess}, ${strings.expiresIn(state.timeLeftMs)}`
    case 'error':
      return strings.statusError
    case 'canceled':
      return strings.statusCanceled
    case 'expired':
      return strings.statusExpired
  }
}
