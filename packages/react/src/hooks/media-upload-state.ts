import {
  timeLeftMs,
  UPLOADER_DEFAULTS,
  type UploaderConfig,
  type AltTextStatus,
  type MediaUploadError,
  type UploadProgress,
  type UploadSnapshot,
  type UploadStatus,
  type UploadedMedia,
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
 */
export function isUsableSnapshot(snapshot: UploadSnapshot | undefined): boolean {
  return (
    snapshot !== undefined &&
    snapshot.status === 'success' &&
    snapshot.media !== undefined &&
    (snapshot.altTextStatus === 'none' || snapshot.altTextStatus === 'saved')
  )
}

/** The clock and expiry margin the uploader's tasks use, so the countdown agrees with `checkExpiry`. */
export interface ExpiryClock {
  now: number
  marginMs: number
}

/** The state of a snapshot (or of no upload yet) at `clock.now`. */
export function toMediaUploadState(snapshot: UploadSnapshot | undefined, clock: ExpiryClock): MediaUploadState {
  const isUsable = isUsableSnapshot(snapshot)
  const media = snapshot?.media
  return {
    status: snapshot?.status ?? 'idle',
    progress: snapshot?.progress ?? NO_PROGRESS,
    media,
    mediaId: isUsable ? media?.mediaId : undefined,
    error: snapshot?.error,
    altText: snapshot?.altText ?? '',
    altTextStatus: snapshot?.altTextStatus ?? 'none',
    altTextError: snapshot?.altTextError,
    timeLeftMs: media === undefined ? undefined : timeLeftMs(media, clock.now, { marginMs: clock.marginMs }),
    isUsable,
  }
}

/** The uploader's clock and expiry margin, read now. */
export function expiryClockOf(config: Readonly<UploaderConfig>): ExpiryClock {
  return { now: (config.now ?? Date.now)(), marginMs: config.expiryMarginMs ?? UPLOADER_DEFAULTS.expiryMarginMs }
}
