import { MediaUploadError } from '../errors/media-upload-error'

/**
 * How long before X's deadline a media id already counts as expired: one minute, room for
 * the alt text call and the post itself, small next to X's windows (1 hour to 15 days).
 */
export const EXPIRY_SAFETY_MARGIN_MS = 60 * 1000

/** Anything that carries an expiry, such as `UploadedMedia`. */
export interface Expiring {
  /** Epoch milliseconds after which X refuses the id. */
  expiresAt: number
}

/** Options of the expiry helpers. */
export interface ExpiryOptions {
  /** Defaults to {@link EXPIRY_SAFETY_MARGIN_MS}. */
  marginMs?: number
}

/**
 * Epoch milliseconds at which an id expires: `expires_after_secs` counted from when the
 * answer arrived (not from when the request was sent, which would be too late).
 */
export function expiresAtFrom(expiresAfterSecs: number, receivedAt: number): number {
  return receivedAt + expiresAfterSecs * 1000
}

/**
 * Milliseconds the media can still be attached to a post, safety margin deducted; 0 once
 * it cannot. For a countdown in a composer or to decide whether a draft needs a re-upload.
 */
export function timeLeftMs(media: Expiring, now: number = Date.now(), options: ExpiryOptions = {}): number {
  const margin = options.marginMs ?? EXPIRY_SAFETY_MARGIN_MS
  const left = media.expiresAt - margin - now
  return Number.isNaN(left) ? 0 : Math.max(0, left)
}

/**
 * True when the media expires within the safety margin, so it must not be attached to a
 * post (X would refuse it, or might by the time the post arrives).
 *
 * @example
 * ```ts
 * if (isExpired(draft.media)) await reupload(draft.file)
 * ```
 */
export function isExpired(media: Expiring, now: number = Date.now(), options: ExpiryOptions = {}): boolean {
  return timeLeftMs(media, now, options) === 0
}

/**
 * Throws `media-expired` when {@link isExpired}: call it right before posting.
 *
 * @throws MediaUploadError `media-expired`.
 */
export function assertNotExpired(media: Expiring, now: number = Date.now(), options: ExpiryOptions = {}): void {
  if (isExpired(media, now, options)) {
    throw new MediaUploadError('media-expired', 'The uploaded media has expired or is about to; upload the file again.')
  }
}
