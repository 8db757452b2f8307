import { MediaUploadError } from '../errors/media-upload-error'
import { describeValue, invalidArgument } from '../errors/invalid-argument'

/** X's alt text limit (older pages said 420; today's say 1,000). */
export const ALT_TEXT_MAX_LENGTH = 1000

/**
 * Length of alt text as it is checked against {@link ALT_TEXT_MAX_LENGTH}: code points, so
 * an emoji counts once. X does not document its unit; code points never undercount.
 */
export function altTextLength(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

/** The `alt-text-too-long` error for text over the limit, or `undefined` when it fits. */
export function altTextTooLong(text: string): MediaUploadError | undefined {
  const length = altTextLength(text)
  if (length <= ALT_TEXT_MAX_LENGTH) return undefined
  return new MediaUploadError('alt-text-too-long', `Alt text is ${length} characters; X allows at most ${ALT_TEXT_MAX_LENGTH}.`)
}

/**
 * The `alt-text-unsupported` error for alt text on a video: X stores alt text for images
 * and GIFs only, so it is refused before anything is sent.
 */
export function altTextUnsupported(fileName?: string): MediaUploadError {
  const file = fileName ? `"${fileName}" is a video` : 'This file is a video'
  return new MediaUploadError(
    'alt-text-unsupported',
    `X stores alt text for images and GIFs only; ${file}. Remove the alt text (describe the video in the post instead).`,
  )
}

export function assertAltText(value: unknown): string {
  if (typeof value !== 'string') throw invalidArgument(`text must be a string, got ${describeValue(value)}.`)
  const problem = altTextTooLong(value)
  if (problem) throw problem
  return value
}
