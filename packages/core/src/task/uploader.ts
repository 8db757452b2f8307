import { resolveAuthorizer } from '../auth/bearer'
import { createMediaApi } from '../engine/media-api'
import { resolveRetryOptions } from '../engine/retry-policy'
import { memoryResumeStore } from '../engine/resume-store'
import { abortableSleep } from '../engine/sleep'
import { resolveEndpoint } from '../endpoints'
import { chooseTransport } from '../transport/choose-transport'
import type { SubtitledVideoCategory } from '../request/build-subtitles'
import {
  removeSubtitlesOf,
  uploadAndAttachSubtitles,
  type AttachSubtitlesOptions,
  type AttachedSubtitles,
  type RemoveSubtitlesOptions,
} from '../subtitles/subtitles-flow'
import type { UploadedMedia } from '../types'
import type { UploadOptions, UploadTask } from './types'
import { MediaUploadTask, type UploadTaskContext } from './upload-task'
import { UPLOADER_DEFAULTS, type UploaderConfig } from './uploader-config'
import { assertUploadFile, assertUploaderConfig } from './assert-uploader-config'

/** Creates upload tasks that share one configuration (auth, dialect, transport, resume store). */
export interface Uploader {
  readonly config: Readonly<UploaderConfig>
  /** A task to start, observe, cancel, retry; for UIs. Nothing is sent before `start()`. */
  createTask(file: Blob, options?: UploadOptions): UploadTask
  /**
   * Uploads and resolves with usable media. Rejects with `MediaUploadError`, including
   * when the alt text could not be stored (use a task to keep the media and try the text again).
   */
  upload(file: Blob, options?: UploadOptions): Promise<UploadedMedia>
  /**
   * Uploads an SRT or WebVTT file and attaches it to an uploaded video by its media id (a
   * task's `attachSubtitles` does this for its own video and keeps the list).
   *
   * @throws MediaUploadError `invalid-argument`, `invalid-subtitles`, or what X answers.
   */
  attachSubtitles(videoMediaId: string, file: Blob, options: AttachSubtitlesOptions & VideoCategoryOption): Promise<AttachedSubtitles>
  /** Removes a video's subtitles in one language. */
  removeSubtitles(videoMediaId: string, languageCode: string, options?: RemoveSubtitlesOptions & VideoCategoryOption): Promise<void>
}

/** The category the video was uploaded with, for the subtitles calls. */
export interface VideoCategoryOption {
  /** Default `tweet_video`. */
  videoCategory?: SubtitledVideoCategory
}

/**
 * Creates an {@link Uploader}. Every option has a default: dialect v2, X's host, 3 APPENDs
 * at once, retries with backoff, a 10-minute processing limit, resume within the page.
 *
 * @example
 * ```ts
 * const uploader = createUploader({ baseUrl: '/api/x' })
 * const media = await uploader.upload(file, { altText: 'A cat on a piano' })
 * ```
 *
 * @throws MediaUploadError `invalid-argument` for an option of the wrong type or out of range.
 */
export function createUploader(config: UploaderConfig = {}): Uploader {
  assertUploaderConfig(config)
  const endpoint = resolveEndpoint(config)
  const authorize = resolveAuthorizer(config.auth)
  const retry = resolveRetryOptions(config.retry)
  const now = config.now ?? Date.now
  const sleep = config.sleep ?? abortableSleep
  const resumeStore = config.resumeStore === false ? undefined : (config.resumeStore ?? memoryResumeStore())

  const contextFor = (wantsUploadProgress: boolean): UploadTaskContext => ({
    api: createMediaApi({
      endpoint,
      transport: chooseTransport(config, wantsUploadProgress),
      authorize,
      retry,
      now,
      sleep,
      ...(config.random ? { random: config.random } : {}),
    }),
    dialect: endpoint.dialect,
    concurrency: Math.max(1, Math.floor(config.concurrency ?? UPLOADER_DEFAULTS.concurrency)),
    chunkSize: config.chunkSize,
    processingTimeoutMs: config.processingTimeoutMs ?? UPLOADER_DEFAULTS.processingTimeoutMs,
    expiryMarginMs: config.expiryMarginMs ?? UPLOADER_DEFAULTS.expiryMarginMs,
    progressIntervalMs: config.progressIntervalMs ?? UPLOADER_DEFAULTS.progressIntervalMs,
    now,
    sleep,
    resumeStore,
    prepare: config.prepare,
  })

  return {
    config,
    createTask: (file, options = {}) => {
      assertUploadFile(file)
      return new MediaUploadTask(file, options, contextFor(true))
    },
    async upload(file, options = {}) {
      assertUploadFile(file)
      const task = new MediaUploadTask(file, options, contextFor(options.onProgress !== undefined))
      const media = await task.start()
      const { altTextStatus, altTextError } = task.getSnapshot()
      if (altTextStatus === 'error' && altTextError) throw altTextError
      return media
    },
    attachSubtitles: (videoMediaId, file, options) =>
      uploadAndAttachSubtitles(contextFor(false), { mediaId: videoMediaId, videoCategory: options.videoCategory }, file, options),
    removeSubtitles: (videoMediaId, languageCode, options = {}) =>
      removeSubtitlesOf(contextFor(false), { mediaId: videoMediaId, videoCategory: options.videoCategory }, languageCode, options),
  }
}

/**
 * Uploads one file with a one-off configuration: the shortest path from a file to a
 * media id with alt text.
 *
 * @example
 * ```ts
 * const { mediaId } = await uploadMedia(file, { auth: { bearerToken }, altText: 'A cat' })
 * ```
 */
export function uploadMedia(file: Blob, options: UploadOptions & UploaderConfig = {}): Promise<UploadedMedia> {
  return createUploader(options).upload(file, options)
}
