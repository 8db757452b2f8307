import type { ProxyErrorCode } from './proxy-error'

/**
 * Stable, machine-readable reasons for a failed upload. Apps switch on these and show
 * their own words; the strings never change between minor versions.
 */
export type MediaUploadErrorCode =
  // The file, before anything is sent
  | 'file-empty'
  | 'file-too-large'
  | 'unsupported-type'
  | 'invalid-argument'
  | 'alt-text-too-long'
  /** Alt text for a video: X stores alt text for images and GIFs only. */
  | 'alt-text-unsupported'
  /** A subtitles file that is not well-formed SRT or WebVTT, or over the size limit. */
  | 'invalid-subtitles'
  // What X (or the network) answered
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  /** An OAuth 2.0 user token without the `media.write` scope: the user must authorise the app again. */
  | 'missing-scope'
  /** An app-only (application) bearer token: X wants a user-context token for media. */
  | 'app-only-auth'
  | 'not-found'
  | 'payload-too-large'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'invalid-response'
  // The life of an uploaded media id
  | 'media-expired'
  | 'processing-failed'
  | 'processing-timeout'
  // The caller
  | 'aborted'
  // The app's media proxy answered itself (see `ProxyErrorCode`)
  | ProxyErrorCode

/** What a {@link MediaUploadError} can be built from. */
export interface MediaUploadErrorInit {
  /** HTTP status of the answer that caused the error, when there was one. */
  status?: number
  /** X's own numeric error code (`errors[].code`, `processing_info.error.code`). */
  xCode?: number
  /** X's own error name, e.g. `'UnsupportedMedia'` (`processing_info.error.name`). */
  xName?: string
  /** X's own words, unchanged (`errors[].message`, a problem's `detail`, `processing_info.error.message`). */
  xMessage?: string
  /** Whether trying the same request again may succeed (network, 5xx, 429). */
  retryable?: boolean
  /** How long the server asked to wait before the next attempt, in milliseconds. */
  retryAfterMs?: number
  /** The underlying error (a `TypeError` from fetch, a parse error, …). */
  cause?: unknown
}

/**
 * The one error type that every function of tweet-media throws or rejects with.
 *
 * @example
 * ```ts
 * try { await uploadMedia(file, options) } catch (error) {
 *   if (error instanceof MediaUploadError && error.code === 'file-too-large') showTooLarge()
 * }
 * ```
 */
export class MediaUploadError extends Error {
  override readonly name = 'MediaUploadError'
  readonly code: MediaUploadErrorCode
  readonly status: number | undefined
  readonly xCode: number | undefined
  /** X's own error name, e.g. `'UnsupportedMedia'`, when X gave one. */
  readonly xName: string | undefined
  /** X's own words, unchanged, when X said something; show `message` to users, log this. */
  readonly xMessage: string | undefined
  readonly retryable: boolean
  readonly retryAfterMs: number | undefined

  constructor(code: MediaUploadErrorCode, message: string, init: MediaUploadErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause })
    this.code = code
    this.status = init.status
    this.xCode = init.xCode
    this.xName = init.xName
    this.xMessage = init.xMessage
    this.retryable = init.retryable ?? false
    this.retryAfterMs = init.retryAfterMs
  }

  /** A plain, JSON-safe description (for logs, drafts and crossing worker boundaries). */
  toJSON(): SerializedMediaUploadError {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      status: this.status,
      xCode: this.xCode,
      xName: this.xName,
      xMessage: this.xMessage,
      retryable: this.retryable,
      retryAfterMs: this.retryAfterMs,
    }
  }
}

/** The JSON form of a {@link MediaUploadError}. */
export interface SerializedMediaUploadError {
  name: 'MediaUploadError'
  code: MediaUploadErrorCode
  message: string
  status: number | undefined
  xCode: number | undefined
  xName: string | undefined
  xMessage: string | undefined
  retryable: boolean
  retryAfterMs: number | undefined
}

/** True for a {@link MediaUploadError}, optionally of one code. Works across bundle copies. */
export function isMediaUploadError(value: unknown, code?: MediaUploadErrorCode): value is MediaUploadError {
  if (!(value instanceof Error) || value.name !== 'MediaUploadError') return false
  return code === undefined || (value as MediaUploadError).code === code
}
