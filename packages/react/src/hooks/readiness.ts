import { ALT_TEXT_MAX_LENGTH, altTextLength, type UploadSnapshot } from '@tweet-media/core'

/**
 * Why an item cannot go into a post yet. Alt text that is typed but not stored is not a
 * reason: `prepareForPost()` stores it before handing out the ids.
 */
export type NotReadyReason =
  /** Still being checked or sent. */
  | 'uploading'
  /** Sent; X is processing it. */
  | 'processing'
  | 'failed'
  | 'canceled'
  /** X no longer accepts its id. */
  | 'expired'
  /** The typed alt text is longer than X's 1,000 characters. */
  | 'alt-text-too-long'

/** The alt text a post would carry: what is typed in the field, else what the task holds. */
export const altTextOf = (snapshot: UploadSnapshot, draft: string | undefined): string => draft ?? snapshot.altText

/** Why the upload of `snapshot`, with `draft` typed, cannot be posted; `undefined` when it can. */
export function notReadyReason(snapshot: UploadSnapshot, draft: string | undefined): NotReadyReason | undefined {
  switch (snapshot.status) {
    case 'idle':
    case 'validating':
    case 'uploading':
      return 'uploading'
    case 'processing':
      return 'processing'
    case 'error':
      return snapshot.error?.code === 'media-expired' ? 'expired' : 'failed'
    case 'canceled':
      return 'canceled'
    case 'expired':
      return 'expired'
    case 'success':
      return altTextLength(altTextOf(snapshot, draft)) > ALT_TEXT_MAX_LENGTH ? 'alt-text-too-long' : undefined
  }
}
