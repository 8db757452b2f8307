import type { MediaUploadError, MediaUploadErrorCode } from '@tweet-media/core'

/**
 * Why a file was not added to a post. The composer's own reasons come on top of core's
 * {@link MediaUploadErrorCode}s (type, size, emptiness), so an app switches on one union.
 */
export type ComposerRuleCode =
  /** More than 4 photos, or a second GIF or video. */
  | 'too-many-files'
  /** Photos together with a GIF or a video, or a GIF with a video. */
  | 'mixed-media'

/** Every stable code a rejected or failed file can carry. */
export type MediaRejectionCode = ComposerRuleCode | MediaUploadErrorCode

/** A file that was refused before any upload, with the reason. */
export interface MediaRejection {
  file: File
  code: MediaRejectionCode
  /** An English description for logs; show `strings.errors[code]` to users. */
  message: string
  /** Core's error, when core refused the file (type, size, emptiness). */
  error?: MediaUploadError
}
