import { explainProcessingError, type MediaUploadError } from '@tweet-media/core'
import type { MediaRejection } from '../composer/media-rejection'
import type { MediaUploadState } from '../hooks/media-upload-state'
import type { MediaUploaderStrings } from './media-uploader-strings'

/** From this much time left, a status line mentions when the media id expires. */
export const EXPIRY_NOTICE_MS = 60 * 60_000

/** The user-facing reason a file was refused, from the dictionary. */
export function rejectionMessage(rejection: MediaRejection, strings: MediaUploaderStrings): string {
  const { file, code, message, limitBytes } = rejection
  return strings.errors[code]({ fileName: file.name, detail: message, fileSize: file.size, limitBytes })
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
      return state.timeLeftMs === undefined || state.timeLeftMs > EXPIRY_NOTICE_MS
        ? strings.statusSuccess
        : `${strings.statusSuccess}, ${strings.expiresIn(state.timeLeftMs)}`
    case 'error':
      // Media that was already expired when X answered: say so, it is not a failed upload.
      return state.error?.code === 'media-expired' ? strings.statusExpired : strings.statusError
    case 'canceled':
      return strings.statusCanceled
    case 'expired':
      return strings.statusExpired
  }
}
