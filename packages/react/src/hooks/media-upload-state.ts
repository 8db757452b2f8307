import type {
  AltTextStatus,
  MediaUploadError,
  UploadProgress,
  UploadSnapshot,
  UploadStatus,
  UploadTask,
  UploadedMedia,
} from '@tweet-media/core'

/** What the upload hooks report for one file. */
export interface MediaUploadState {
  status: UploadStatus
  progress: Readonly<UploadProgress>
  /** The media X handed out; kept when it expires, so the UI can say which one. */
  media: UploadedMedia | undefined
  /** The id to attach to a post: only while the media is usable. */
  mediaId: string | undefined
  error: MediaUploadError | undefined
  /** What the user typed last, kept across failed requests and retries. */
  altText: string
  altTextStatus: AltTextStatus
  altTextError: MediaUploadError | undefined
  /** Milliseconds the media id can still be attached, safety margin deducted; `undefined` before the upload succeeds. */
  timeLeftMs: number | undefined
  /** Uploaded, not expired, and no alt text waiting to be stored. */
  isUsable: boolean
}

const NO_PROGRESS: Readonly<UploadProgress> = Object.freeze({ bytesSent: 0, bytesTotal: 0, fraction: 0 })

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

/** The state of a task's snapshot (or of no upload yet), its time left read from the task now. */
export function toMediaUploadState(snapshot: UploadSnapshot | undefined, task: UploadTask | undefined): MediaUploadState {
  const isUsable = isUsableSnapshot(snapshot)
  const media = snapshot?.media
  return {
    status: snapshot?.status ?? 'idle',
    progress: snapshot?.progress ?? NO_PROGRESS,
    media,
    mediaId: isUsable ? snapshot.media.mediaId : undefined,
    error: snapshot?.error,
    altText: snapshot?.altText ?? '',
    altTextStatus: snapshot?.altTextStatus ?? 'none',
    altTextError: snapshot?.altTextError,
    timeLeftMs: media === undefined ? undefined : task?.timeLeftMs(),
    isUsable,
  }
}
