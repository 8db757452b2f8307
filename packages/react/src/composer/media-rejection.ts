import type { MediaUploadError, MediaUploadErrorCode } from '@tweet-media/core'

/** The post's own rules (see `checkComposerRules`). */
export type PostRuleCode =
  /** More than 4 photos, or a second GIF or video. */
  | 'too-many-files'
  /** Photos together with a GIF or a video, or a GIF with a video. */
  | 'mixed-media'

/**
 * Why a file was not added to a post. The composer's own reasons come on top of core's
 * {@link MediaUploadErrorCode}s (type, size, emptiness), so an app switches on one union.
 */
export type ComposerRuleCode = PostRuleCode
  /** The same file (name, size and last-modified time) is already in the post. */
  | 'duplicate-file'

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
  /** For `file-too-large`: the limit that applies to this file's type, in bytes. */
  limitBytes?: number
}

/** A refusal as the composer lists it until the user dismisses it. */
export interface ListedRejection extends MediaRejection {
  /** Stable while listed: a React key and what `dismissRejection(id)` takes. */
  id: string
}
