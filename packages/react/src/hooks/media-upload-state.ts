import type {
  AltTextStatus,
  MediaUploadError,
  UploadProgress,
  UploadSnapshot,
  UploadStatus,
  UploadTask,
  UploadedMedia,
} from '@tweet-media/core'
import { altTextOf, notReadyReason, type NotReadyReason } from './readiness'

/** What the upload hooks report for one file. */
export interface MediaUploadState {
  status: UploadStatus
  /** No upload yet (`status` is `idle`). */
  isIdle: boolean
  /** Being checked, sent or processed: `validating`, `uploading` or `processing`. */
  isPending: boolean
  /** Uploaded (`success`); it may still wait for alt text, see `isUsable`. */
  isSuccess: boolean
  /** Failed (`error`); `error` says why. */
  isError: boolean
  progress: Readonly<UploadProgress>
  /** The media X handed out; kept when it expires, so the UI can say which one. */
  media: UploadedMedia | undefined
  /** The id to attach to a post: only while the media is usable. */
  mediaId: string | undefined
  error: MediaUploadError | undefined
  /** What the task holds: the text handed to it last, kept across failed requests and retries. */
  altText: string
  /** What the alt text field shows: text typed and not handed over yet, else `altText`. */
  altTextDraft: string
  altTextStatus: AltTextStatus
  altTextError: MediaUploadError | undefined
  /** Milliseconds the media id can still be attached, safety margin deducted; `undefined` before the upload succeeds. */
  timeLeftMs: number | undefined
  /** Uploaded, not expired, and its alt text stored (none typed and not stored). */
  isUsable: boolean
  /** Why it cannot be posted yet; `undefined` when `prepareForPost()` would hand out its id. */
  notReadyReason: NotReadyReason | undefined
}

const NO_PROGRESS: Readonly<UploadProgress> = Object.freeze({ bytesSent: 0, bytesTotal: 0, fraction: 0 })
const PENDING = new Set<UploadStatus>(['validating', 'uploading', 'processing'])

/**
 * True when a post may use this upload: it succeeded, its id is not expired, and alt text
 * the user typed is stored (not waiting, saving, or failed), so posting never drops it.
 * Narrows `media` to defined.
 */
export function isUsableSnapshot(snapshot: UploadSnapshot | undefined): snapshot is UploadSnapshot & { media: UploadedMedia } {
  return (
    snapshot !== undefined &&
    snapshot.status === 'success' &&
    snapshot.media !== undefined &&
    (snapshot.altTextStatus === 'none' || snapshot.altTextStatus === 'saved')
  )
}

/** {@link isUsableSnapshot}, and no typed text (`draft`) that differs from the stored one. */
export const isUsableWithDraft = (snapshot: UploadSnapshot | undefined, draft: string | undefined): boolean =>
  isUsableSnapshot(snapshot) && (draft === undefined || draft === snapshot.altText)

/** The state of a task's snapshot (or of no upload yet), its time left read from the task now. */
export function toMediaUploadState(
  snapshot: UploadSnapshot | undefined,
  task: UploadTask | undefined,
  draft?: string,
): MediaUploadState {
  const isUsable = isUsableWithDraft(snapshot, draft)
  const media = snapshot?.media
  const status = snapshot?.status ?? 'idle'
  return {
    status,
    isIdle: status === 'idle',
    isPending: PENDING.has(status),
    isSuccess: status === 'success',
    isError: status === 'error',
    progress: snapshot?.progress ?? NO_PROGRESS,
    media,
    mediaId: isUsable ? media?.mediaId : undefined,
    error: snapshot?.error,
    altText: snapshot?.altText ?? '',
    altTextDraft: snapshot === undefined ? (draft ?? '') : altTextOf(snapshot, draft),
    altTextStatus: snapshot?.altTextStatus ?? 'none',
    altTextError: snapshot?.altTextError,
    timeLeftMs: media === undefined ? undefined : task?.timeLeftMs(),
    isUsable,
    notReadyReason: snapshot === undefined ? undefined : notReadyReason(snapshot, draft),
  }
}
