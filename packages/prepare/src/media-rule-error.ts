import { MediaUploadError, type MediaUploadErrorCode } from '@tweet-media/core'

/**
 * Stable names of the rules preparation checks; {@link MediaRuleError.rule} carries one.
 * `video-unreadable`: the file could not be read as a video (e.g. an MP4 without `moov`).
 */
export type MediaRule =
  | 'photo-format'
  | 'photo-size'
  | 'gif-size'
  | 'gif-dimensions'
  | 'gif-frames'
  | 'gif-total-pixels'
  | 'video-unreadable'
  | 'video-container'
  | 'video-size'
  | 'video-duration'
  | 'video-dimensions'
  | 'video-aspect-ratio'
  | 'video-frame-rate'
  | 'video-codec'
  | 'video-pixel-format'
  | 'audio-codec'

/**
 * A file X would refuse and preparation could not fix: a `MediaUploadError` (so apps handle
 * it like any other) that also names the rule, the file's value and X's limit.
 * `code` is `file-too-large` for byte sizes and `unsupported-type` for every other rule.
 */
export class MediaRuleError extends MediaUploadError {
  readonly rule: MediaRule
  /** The file's own value, in the rule's unit (seconds, pixels, frames, fps, a codec name…). */
  readonly value: number | string
  /** X's limit (or the app's), in the same unit. */
  readonly limit: number | string

  constructor(rule: MediaRule, message: string, facts: { value: number | string; limit: number | string }) {
    const code: MediaUploadErrorCode = rule.endsWith('-size') ? 'file-too-large' : 'unsupported-type'
    super(code, message)
    this.rule = rule
    this.value = facts.value
    this.limit = facts.limit
  }
}

/** True for a {@link MediaRuleError}, optionally of one rule. */
export function isMediaRuleError(value: unknown, rule?: MediaRule): value is MediaRuleError {
  return value instanceof MediaRuleError && (rule === undefined || value.rule === rule)
}
