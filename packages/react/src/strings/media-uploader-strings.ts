import { ALT_TEXT_MAX_LENGTH, formatBytes, MEDIA_LIMITS } from '@tweet-media/core'
import { X_COMPOSER_RULES } from '../composer/composer-rules'
import type { MediaRejectionCode } from '../composer/media-rejection'
import { defaultPreparationStepStrings, type PreparationStepStrings } from './preparation-line'

/** What an error message is built from: the file it concerns and the server's own words. */
export interface ErrorMessageContext {
  fileName: string
  /** The message that came with the error (from X, the network or core), as plain text. */
  detail: string
}

/**
 * Every user-facing string of `<MediaUploader>`, as plain values or small formatters.
 * Pass a partial copy as the `strings` prop to translate or reword; missing keys fall
 * back to {@link defaultMediaUploaderStrings}.
 */
export interface MediaUploaderStrings {
  /** Accessible name of the whole uploader region. */
  regionLabel: string
  /** The button that opens the file picker. */
  chooseFiles: string
  /** Shown in the drop area when nothing is being dragged. */
  dropHint: string
  /** Shown while files are dragged over the uploader. */
  dropActive: string
  /** The rules of a post, shown under the drop area. */
  rulesHint: string
  /** Accessible name of the list of media. */
  listLabel: string
  statusValidating: string
  statusUploading: (percent: number) => string
  statusProcessing: (percent: number | undefined) => string
  statusSuccess: string
  statusError: string
  statusCanceled: string
  statusExpired: string
  /** Time left before X forgets the media id, for example `expires in 23 h`. */
  expiresIn: (msLeft: number) => string
  /** Accessible name of the progress bar of one file. */
  progressLabel: (fileName: string) => string
  /** `12.3 MB of 40 MB`. */
  progressBytes: (sentBytes: number, totalBytes: number) => string
  remove: (fileName: string) => string
  cancel: (fileName: string) => string
  retry: (fileName: string) => string
  /** Label of the alt text field of one file. */
  altTextLabel: (fileName: string) => string
  /** Live count under the alt text field: `12 / 1000`. */
  altTextCount: (count: number, max: number) => string
  altTextTooLong: (count: number, max: number) => string
  altTextSave: string
  altTextSaving: string
  altTextSaved: string
  altTextSaveFailed: (detail: string) => string
  /** Alt text of a video cannot be stored by X. */
  altTextUnsupported: string
  /** The badge on a preview that has alt text. */
  altBadge: string
  /** Accessible text of the badge. */
  altBadgeLabel: string
  /** Accessible name of the preview of one file. */
  previewLabel: (fileName: string) => string
  /** Live region: one file is uploaded. */
  announceUploaded: (fileName: string) => string
  /** Live region: progress, at most once per quarter. */
  announceProgress: (fileName: string, percent: number) => string
  announceProcessing: (fileName: string) => string
  announceCanceled: (fileName: string) => string
  announceRemoved: (fileName: string) => string
  announceAltTextSaved: (fileName: string) => string
  /** One message per rejection or failure code; `detail` is the server's message when there is one. */
  errors: Record<MediaRejectionCode, (context: ErrorMessageContext) => string>
  /** Words for what the uploader's `prepare` did, joined into one line under the file name. */
  preparationSteps: PreparationStepStrings
  /** A file the uploader's `prepare` refused; `detail` names the rule and the file's value. */
  preparationRefused: (context: ErrorMessageContext) => string
}

const formatDuration = (ms: number): string => {
  const minutes = Math.max(0, Math.floor(ms / 60_000))
  if (minutes < 1) return 'less than a minute'
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return `${hours} h`
  return `${Math.floor(hours / 24)} days`
}

// X's limits, spelled from the constants the checks use so the text cannot drift from them.
const { maxImages, maxGifs, maxVideos } = X_COMPOSER_RULES
const { imageBytes, gifBytes, videoBytes } = MEDIA_LIMITS
const SIZE_LIMITS = `photos up to ${formatBytes(imageBytes)}, GIFs up to ${formatBytes(gifBytes)}, videos up to ${formatBytes(videoBytes)}`

/** The English strings `<MediaUploader>` uses unless told otherwise. */
export const defaultMediaUploaderStrings: MediaUploaderStrings = {
  regionLabel: 'Media for your post',
  chooseFiles: 'Add photos or video',
  dropHint: 'Drag and drop, paste, or choose files.',
  dropActive: 'Drop to add',
  rulesHint: `Up to ${maxImages} photos, or ${maxGifs} GIF, or ${maxVideos} video.`,
  listLabel: 'Attached media',
  statusValidating: 'Checking…',
  statusUploading: (percent) => `Uploading ${percent}%`,
  statusProcessing: (percent) => (percent === undefined ? 'Processing…' : `Processing ${percent}%`),
  statusSuccess: 'Uploaded',
  statusError: 'Upload failed',
  statusCanceled: 'Canceled',
  statusExpired: 'Expired: upload it again',
  expiresIn: (msLeft) => `expires in ${formatDuration(msLeft)}`,
  progressLabel: (fileName) => `Upload progress of ${fileName}`,
  progressBytes: (sent, total) => `${formatBytes(sent)} of ${formatBytes(total)}`,
  remove: (fileName) => `Remove ${fileName}`,
  cancel: (fileName) => `Cancel upload of ${fileName}`,
  retry: (fileName) => `Retry upload of ${fileName}`,
  altTextLabel: (fileName) => `Alt text for ${fileName}`,
  altTextCount: (count, max) => `${count} / ${max}`,
  altTextTooLong: (count, max) => `${count - max} characters over the limit of ${max}`,
  altTextSave: 'Save alt text',
  altTextSaving: 'Saving…',
  altTextSaved: 'Alt text saved',
  altTextSaveFailed: (detail) => `Alt text not saved: ${detail}. Your text is kept; save again.`,
  altTextUnsupported: 'X stores alt text for photos and GIFs only.',
  altBadge: 'ALT',
  altBadgeLabel: 'Has alt text',
  previewLabel: (fileName) => `Preview of ${fileName}`,
  announceUploaded: (fileName) => `${fileName} uploaded`,
  announceProgress: (fileName, percent) => `${fileName}: ${percent}% uploaded`,
  announceProcessing: (fileName) => `${fileName} is processing`,
  announceCanceled: (fileName) => `Upload of ${fileName} canceled`,
  announceRemoved: (fileName) => `${fileName} removed`,
  announceAltTextSaved: (fileName) => `Alt text of ${fileName} saved`,
  errors: {
    'too-many-files': ({ fileName }) => `${fileName} was not added: a post holds up to ${maxImages} photos.`,
    'mixed-media': ({ fileName }) =>
      `${fileName} was not added: a post holds photos, or ${maxGifs} GIF, or ${maxVideos} video, not a mix.`,
    'file-empty': ({ fileName }) => `${fileName} is empty.`,
    'file-too-large': ({ fileName }) => `${fileName} is too large: ${SIZE_LIMITS}.`,
    'unsupported-type': ({ fileName }) =>
      `${fileName} is not a supported type: use JPG, PNG, GIF, WEBP, MP4 or MOV.`,
    'invalid-argument': ({ fileName, detail }) => `${fileName}: ${detail}`,
    'alt-text-too-long': () => `Alt text is longer than ${ALT_TEXT_MAX_LENGTH.toLocaleString('en')} characters.`,
    'bad-request': ({ fileName, detail }) => `X refused ${fileName}: ${detail}`,
    unauthorized: () => 'You are signed out of X. Sign in again and retry.',
    forbidden: () => 'X does not allow this upload for your account.',
    'not-found': ({ fileName }) => `X no longer knows ${fileName}. Upload it again.`,
    'payload-too-large': ({ fileName }) => `${fileName} is too large for X.`,
    'rate-limited': () => 'Too many uploads right now. Wait a moment and retry.',
    server: () => 'X had a problem. Retry in a moment.',
    network: () => 'The connection was lost. Retry when you are back online.',
    'invalid-response': () => 'X answered something unexpected. Retry in a moment.',
    'media-expired': ({ fileName }) => `${fileName} expired before posting. Upload it again.`,
    'processing-failed': ({ fileName, detail }) => `X could not process ${fileName}: ${detail}`,
    'processing-timeout': ({ fileName }) => `Processing ${fileName} took too long. Retry.`,
    aborted: ({ fileName }) => `Upload of ${fileName} canceled.`,
  },
  preparationSteps: defaultPreparationStepStrings,
  preparationRefused: ({ detail }) => detail,
}

/** A partial override of {@link MediaUploaderStrings}; `errors` and `preparationSteps` merge key by key. */
export type MediaUploaderStringsOverride = Partial<Omit<MediaUploaderStrings, 'errors' | 'preparationSteps'>> & {
  errors?: Partial<MediaUploaderStrings['errors']>
  preparationSteps?: Partial<MediaUploaderStrings['preparationSteps']>
}

/** The default strings with the app's overrides applied. */
export function resolveStrings(override: MediaUploaderStringsOverride = {}): MediaUploaderStrings {
  return {
    ...defaultMediaUploaderStrings,
    ...override,
    errors: { ...defaultMediaUploaderStrings.errors, ...override.errors },
    preparationSteps: { ...defaultMediaUploaderStrings.preparationSteps, ...override.preparationSteps },
  }
}
