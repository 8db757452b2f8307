import { ALT_TEXT_MAX_LENGTH, formatBytes, MEDIA_LIMITS, type MediaKind } from '@tweet-media/core'
import { X_COMPOSER_RULES } from '../composer/composer-rules'
import type { MediaRejectionCode } from '../composer/media-rejection'
import type { NotReadyReason } from '../hooks/readiness'
import { defaultPreparationStepStrings, type PreparationStepStrings } from './preparation-line'
import { COMMON_SUBTITLES_LANGUAGES, type SubtitlesLanguage } from './subtitles-languages'

/** What an error message is built from: the file it concerns and the server's own words. */
export interface ErrorMessageContext {
  fileName: string
  /** The message that came with the error (from X, the network or core), as plain text. */
  detail: string
  /** The file's size in bytes, when the message is about a file. */
  fileSize?: number
  /** For `file-too-large`: the limit for this file's type, in bytes. */
  limitBytes?: number
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
  /** Time left before X forgets the media id, for example `expires in 12 min`; shown once it is under `EXPIRY_NOTICE_MS`. */
  expiresIn: (msLeft: number) => string
  /** Why the add button is disabled: the post holds as many media of `kind` as it can (`max`). */
  postFull: (kind: MediaKind, max: number) => string
  /** Why an item cannot be posted yet, for a hint next to the app's Post button. */
  notReady: Record<NotReadyReason, (fileName: string) => string>
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
  /** Visible text of the save button. */
  altTextSave: string
  /** Accessible name of the save button of one file (starts with `altTextSave`). */
  altTextSaveLabel: (fileName: string) => string
  altTextSaving: string
  altTextSaved: string
  altTextSaveFailed: (detail: string) => string
  /** Alt text of a video cannot be stored by X. */
  altTextUnsupported: string
  /** Accessible name of the subtitles part of one video. */
  subtitlesLabel: (fileName: string) => string
  /** Label of the subtitles file input (SRT or VTT). */
  subtitlesFile: string
  /** Label of the language select. */
  subtitlesLanguage: string
  /** The languages offered, in order: X's two-capital-letter code and the name players show. */
  subtitlesLanguages: readonly SubtitlesLanguage[]
  /** The attach button: `replace` when the video has subtitles in that language already. */
  subtitlesAttach: (languageName: string, replace: boolean) => string
  subtitlesAttaching: string
  /** One attached track: its language and the file it came from. */
  subtitlesAttached: (languageName: string, fileName: string | undefined) => string
  /** Accessible name of the button removing one track. */
  subtitlesRemove: (languageName: string) => string
  /** The badge on a preview that has alt text. */
  altBadge: string
  /** Accessible text of the badge. */
  altBadgeLabel: string
  /** Accessible name of the preview of one file. */
  previewLabel: (fileName: string) => string
  /** Shown in place of a video's first frame when the browser cannot decode it. */
  previewUnavailable: string
  /** The button that dismisses one refusal. */
  dismissRejection: (fileName: string) => string
  /** Moves an item one place earlier / later in the post. */
  moveEarlier: (fileName: string) => string
  moveLater: (fileName: string) => string
  /** Live region: an item moved. */
  announceMoved: (fileName: string, position: number, total: number) => string
  /** Grid layout: the button on a thumbnail that opens the alt text dialog. */
  editAltText: (fileName: string) => string
  /** Grid layout: the visible text of that button. */
  editAltTextShort: string
  /** Grid layout: title of the alt text dialog. */
  altTextDialogTitle: string
  /** Grid layout: closes the alt text dialog, keeping the text. */
  altTextDialogDone: string
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
const KIND_PLURAL: Record<MediaKind, string> = { image: 'photos', gif: 'GIFs', video: 'videos' }
const KIND_ONE: Record<MediaKind, string> = { image: 'photo', gif: 'GIF', video: 'video' }

const tooLarge = ({ fileName, fileSize, limitBytes }: ErrorMessageContext): string => {
  const size = fileSize === undefined ? '' : ` (${formatBytes(fileSize)})`
  return limitBytes === undefined
    ? `${fileName} is too large${size}: ${SIZE_LIMITS}.`
    : `${fileName} is too large${size}: the limit for this type is ${formatBytes(limitBytes)}.`
}

/** The English strings `<MediaUploader>` uses unless told otherwise. */
export const defaultMediaUploaderStrings: MediaUploaderStrings = {
  regionLabel: 'Media for your post',
  chooseFiles: 'Add photos or video',
  dropHint: 'Drag and drop, paste, or choose files.',
  dropActive: 'Drop to add.',
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
  postFull: (kind, max) =>
    max === 1
      ? `The post is full: it holds one ${KIND_ONE[kind]}. Remove it to add something else.`
      : `The post is full: it holds up to ${max} ${KIND_PLURAL[kind]}. Remove one to add another.`,
  notReady: {
    uploading: (fileName) => `${fileName} is still uploading.`,
    processing: (fileName) => `X is still processing ${fileName}.`,
    failed: (fileName) => `${fileName} did not upload: retry or remove it.`,
    canceled: (fileName) => `The upload of ${fileName} was canceled: retry or remove it.`,
    expired: (fileName) => `${fileName} expired on X: upload it again or remove it.`,
    'alt-text-too-long': (fileName) => `The alt text of ${fileName} is longer than ${ALT_TEXT_MAX_LENGTH.toLocaleString('en')} characters: shorten it to post.`,
  },
  progressLabel: (fileName) => `Upload progress of ${fileName}`,
  progressBytes: (sent, total) => `${formatBytes(sent)} of ${formatBytes(total)}`,
  remove: (fileName) => `Remove ${fileName}`,
  cancel: (fileName) => `Cancel upload of ${fileName}`,
  retry: (fileName) => `Retry upload of ${fileName}`,
  altTextLabel: (fileName) => `Alt text for ${fileName}`,
  altTextCount: (count, max) => `${count} / ${max}`,
  altTextTooLong: (count, max) => `${count - max} characters over the limit of ${max}`,
  altTextSave: 'Save alt text',
  altTextSaveLabel: (fileName) => `Save alt text for ${fileName}`,
  altTextSaving: 'Saving…',
  altTextSaved: 'Alt text saved',
  altTextSaveFailed: (detail) => `Alt text not saved: ${detail}. Your text is kept; save again.`,
  altTextUnsupported: 'X stores alt text for photos and GIFs only.',
  subtitlesLabel: (fileName) => `Subtitles for ${fileName}`,
  subtitlesFile: 'Subtitles file (SRT or VTT)',
  subtitlesLanguage: 'Language',
  subtitlesLanguages: COMMON_SUBTITLES_LANGUAGES,
  subtitlesAttach: (languageName, replace) => (replace ? `Replace ${languageName} subtitles` : `Add ${languageName} subtitles`),
  subtitlesAttaching: 'Adding subtitles…',
  subtitlesAttached: (languageName, fileName) => (fileName === undefined ? `${languageName} subtitles` : `${languageName} subtitles (${fileName})`),
  subtitlesRemove: (languageName) => `Remove ${languageName} subtitles`,
  altBadge: 'ALT',
  altBadgeLabel: 'Has alt text',
  previewLabel: (fileName) => `Preview of ${fileName}`,
  previewUnavailable: 'No preview',
  dismissRejection: (fileName) => `Dismiss the message about ${fileName}`,
  moveEarlier: (fileName) => `Move ${fileName} earlier`,
  moveLater: (fileName) => `Move ${fileName} later`,
  announceMoved: (fileName, position, total) => `${fileName} moved to position ${position} of ${total}`,
  editAltText: (fileName) => `Edit alt text of ${fileName}`,
  editAltTextShort: 'Edit',
  altTextDialogTitle: 'Describe this media',
  altTextDialogDone: 'Done',
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
    'duplicate-file': ({ fileName }) => `${fileName} is already in this post.`,
    'file-too-large': tooLarge,
    'unsupported-type': ({ fileName }) =>
      `${fileName} is not a supported type: use JPG, PNG, GIF, WEBP, MP4 or MOV.`,
    'invalid-argument': ({ fileName, detail }) => `${fileName}: ${detail}`,
    'alt-text-too-long': () => `Alt text is longer than ${ALT_TEXT_MAX_LENGTH.toLocaleString('en')} characters.`,
    'alt-text-unsupported': ({ fileName }) => `${fileName} is a video: X stores alt text for photos and GIFs only. Remove the alt text and retry.`,
    'invalid-subtitles': ({ detail }) => `The subtitles were not added: ${detail}`,
    'bad-request': ({ fileName, detail }) => `X refused ${fileName}: ${detail}`,
    unauthorized: () => 'You are signed out of X. Sign in again and retry.',
    forbidden: () => 'X does not allow this upload for your account.',
    'missing-scope': () => 'X needs your permission to upload media. Sign in with X again and allow it.',
    'app-only-auth': () => 'This app is set up to upload without a user; X needs a signed-in user to upload media.',
    'not-found': ({ fileName }) => `X no longer knows ${fileName}. Upload it again.`,
    'payload-too-large': ({ fileName }) => `${fileName} is too large for X.`,
    'rate-limited': () => 'Too many uploads right now. Wait a moment and retry.',
    server: () => 'X had a problem. Retry in a moment.',
    network: () => 'The connection was lost. Retry when you are back online.',
    'invalid-response': () => 'X answered something unexpected. Retry in a moment.',
    'media-expired': ({ fileName }) => `${fileName} expired before posting. Upload it again.`,
    'processing-failed': ({ fileName, detail }) => `X could not process ${fileName}: ${detail}.`,
    'processing-timeout': ({ fileName }) => `Processing ${fileName} took too long. Retry.`,
    aborted: ({ fileName }) => `Upload of ${fileName} canceled.`,
    // The app's upload server answered itself (its proxy), not X.
    'sign-in-required': () => 'Your session has ended. Sign in again and retry.',
    'not-media-owner': ({ fileName }) => `${fileName} was uploaded by another account. Upload it again.`,
    'origin-not-allowed': () => 'Uploads are not accepted from this page. Open the app and retry.',
    'not-a-media-endpoint': () => 'The upload server is not set up for X media.',
    'proxy-payload-too-large': ({ fileName }) => `${fileName} is larger than the upload server accepts.`,
    'proxy-bad-request': ({ fileName }) => `The upload server could not read the upload of ${fileName}. Retry.`,
    'upstream-timeout': () => 'X did not answer in time. Retry in a moment.',
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
