import { altTextTooLong, altTextUnsupported } from '../request/alt-text'
import { abortedError, anySignal } from '../engine/abort'
import { throttle, type Throttled } from '../engine/throttle'
import { runUploadFlow, type UploadFlowContext } from '../engine/upload-flow'
import { isExpired, timeLeftMs } from '../expiry/expiry'
import { isMediaUploadError, MediaUploadError } from '../errors/media-upload-error'
import { invalidArgument } from '../errors/invalid-argument'
import type { SubtitledVideoCategory } from '../request/build-subtitles'
import {
  removeSubtitlesOf,
  uploadAndAttachSubtitles,
  type AttachSubtitlesOptions,
  type AttachedSubtitles,
  type RemoveSubtitlesOptions,
  type SubtitledVideo,
} from '../subtitles/subtitles-flow'
import type { MediaKind, UploadedMedia } from '../types'
import { BatchedNotifier } from './notifier'
import type { PrepareMedia } from './preparation'
import type { UploadOptions, UploadPhase, UploadProgressEvent, UploadSnapshot, UploadStatus, UploadTask } from './types'

/** What a task needs from its uploader. */
export interface UploadTaskContext extends UploadFlowContext {
  progressIntervalMs: number
  prepare?: PrepareMedia | undefined
}

let nextTaskNumber = 0

function toUploadError(error: unknown): MediaUploadError {
  if (isMediaUploadError(error)) return error
  return new MediaUploadError('invalid-response', `Unexpected failure: ${String(error)}`, { cause: error })
}

function fileInfo(file: Blob): UploadSnapshot['file'] {
  return {
    name: file instanceof File ? file.name : '',
    size: file.size,
    type: file.type,
  }
}

/**
 * The observable state machine of one upload (TanStack Query's `Mutation`, in spirit).
 * Created by `uploader.createTask(file, options)`.
 */
export class MediaUploadTask implements UploadTask {
  readonly id: string
  private snapshot: UploadSnapshot
  private readonly notifier = new BatchedNotifier()
  private run: Promise<UploadedMedia> | undefined
  private controller: AbortController | undefined
  private altTextRequest = 0
  /** What the file turned out to be, once inspected. */
  private kind: MediaKind | undefined
  private readonly progress: Throttled<UploadProgressEvent>
  /** The prepared file, kept so a retry resumes the same bytes instead of preparing again. */
  private prepared: Blob | undefined

  constructor(
    private readonly file: Blob,
    private readonly options: UploadOptions,
    private readonly context: UploadTaskContext,
  ) {
    this.id = `upload-${++nextTaskNumber}`
    const altText = options.altText ?? ''
    const restored = options.uploadedMedia
    this.snapshot = Object.freeze({
      id: this.id,
      file: Object.freeze(fileInfo(file)),
      status: restored ? 'success' : 'idle',
      phase: undefined,
      progress: Object.freeze(restored ? { bytesSent: file.size, bytesTotal: file.size, fraction: 1 } : { bytesSent: 0, bytesTotal: file.size, fraction: 0 }),
      media: restored,
      error: undefined,
      altText,
      altTextStatus: altText === '' ? 'none' : restored?.altText === altText ? 'saved' : 'pending',
      altTextError: undefined,
      resumeState: options.resumeState,
      subtitles: Object.freeze([]),
      attempt: 0,
      preparation: undefined,
    })
    this.progress = throttle(
      (event) => {
        this.update({ progress: Object.freeze({ ...stripPhase(event) }) })
        options.onProgress?.(event)
      },
      context.progressIntervalMs,
      context.now,
    )
  }

  getSnapshot = (): UploadSnapshot => this.snapshot

  subscribe = (listener: () => void): (() => void) => this.notifier.subscribe(listener)

  start(): Promise<UploadedMedia> {
    this.run ??= this.options.uploadedMedia ? this.completeRestored() : this.execute()
    return this.run
  }

  retry(): Promise<UploadedMedia> {
    const { status } = this.snapshot
    if (status === 'idle' || !this.isSettled()) return this.start()
    if (status === 'success') return Promise.resolve(this.snapshot.media as UploadedMedia)
    this.run = this.execute()
    return this.run
  }

  cancel(): void {
    if (this.isSettled() && this.snapshot.status !== 'idle') return
    this.controller?.abort(abortedError())
    this.update({ status: 'canceled', error: abortedError() })
  }

  async setAltText(text: string): Promise<void> {
    const request = ++this.altTextRequest
    const problem = this.kind === 'video' && text !== '' ? this.altTextUnsupported() : altTextTooLong(text)
    const media = this.snapshot.media
    if (problem) {
      this.update({ altText: text, altTextStatus: 'error', altTextError: problem })
      return
    }
    if (media === undefined || this.snapshot.status !== 'success') {
      // Not uploaded yet: the running upload stores the latest text when it gets there.
      this.update({ altText: text, altTextStatus: text === '' ? 'none' : 'pending', altTextError: undefined })
      return
    }
    if (text === '') {
      this.update({ altText: text, altTextStatus: 'none', altTextError: undefined })
      return
    }
    this.update({ altText: text, altTextStatus: 'saving', altTextError: undefined })
    await this.saveAltText(media, text, request, this.controller?.signal)
  }

  async attachSubtitles(file: Blob, options: AttachSubtitlesOptions): Promise<AttachedSubtitles> {
    const video = this.subtitledVideo()
    const had = this.snapshot.subtitles.some((entry) => entry.languageCode === options.languageCode)
    const removeOld = had ? (signal: AbortSignal) => removeSubtitlesOf(this.context, video, options.languageCode, { signal }) : undefined
    const attached = Object.freeze(await uploadAndAttachSubtitles(this.context, video, file, options, removeOld))
    this.update({ subtitles: Object.freeze([...this.withoutLanguage(attached.languageCode), attached]) })
    return attached
  }

  async removeSubtitles(languageCode: string, options: RemoveSubtitlesOptions = {}): Promise<void> {
    await removeSubtitlesOf(this.context, this.subtitledVideo(), languageCode, options)
    this.update({ subtitles: Object.freeze(this.withoutLanguage(languageCode)) })
  }

  checkExpiry(now: number = this.context.now()): UploadStatus {
    const { status, media } = this.snapshot
    if (status === 'success' && media && isExpired(media, now, { marginMs: this.context.expiryMarginMs })) {
      this.update({
        status: 'expired',
        error: new MediaUploadError('media-expired', `Media ${media.mediaId} has expired; upload the file again.`),
      })
    }
    return this.snapshot.status
  }

  timeLeftMs(now: number = this.context.now()): number {
    const { media } = this.snapshot
    return media === undefined ? 0 : timeLeftMs(media, now, { marginMs: this.context.expiryMarginMs })
  }

  dispose(): void {
    this.cancel()
    this.notifier.clear()
  }

  /** The uploaded video subtitles go on; refuses anything else before a request. */
  private subtitledVideo(): SubtitledVideo {
    const { status, media, file } = this.snapshot
    if (status !== 'success' || media === undefined) {
      throw invalidArgument(`Subtitles go on an uploaded video: upload it first (the upload is ${status}).`)
    }
    if (this.kind !== 'video') throw invalidArgument(`Subtitles go on videos only; ${file.name ? `"${file.name}"` : 'this file'} is not a video.`)
    // Another category (a DM video) is refused by the builder with its reason.
    const category = this.options.mediaCategory ?? media.mediaCategory
    return { mediaId: media.mediaId, videoCategory: category as SubtitledVideoCategory | undefined }
  }

  private withoutLanguage(languageCode: string): AttachedSubtitles[] {
    return this.snapshot.subtitles.filter((entry) => entry.languageCode !== languageCode)
  }

  private altTextUnsupported(): MediaUploadError {
    return altTextUnsupported(this.snapshot.file.name || undefined)
  }

  private isSettled(): boolean {
    const { status } = this.snapshot
    return status === 'idle' || status === 'success' || status === 'error' || status === 'canceled' || status === 'expired'
  }

  private update(patch: Partial<UploadSnapshot>): void {
    this.snapshot = Object.freeze({ ...this.snapshot, ...patch })
    this.notifier.notify()
  }

  private async execute(): Promise<UploadedMedia> {
    const controller = new AbortController()
    this.controller = controller
    const signal = anySignal([controller.signal, this.options.signal])
    const startOver = this.snapshot.status === 'expired'
    this.update({
      status: 'validating',
      phase: 'validating',
      error: undefined,
      attempt: this.snapshot.attempt + 1,
      ...(startOver ? { media: undefined, resumeState: undefined } : {}),
    })
    let file: Blob
    try {
      file = await this.prepare(signal)
    } catch (error) {
      if (this.controller === controller) this.controller = undefined
      throw this.fail(error, signal)
    }
    let phase: UploadPhase = 'validating'
    let { bytesSent, bytesTotal } = this.snapshot.progress
    let processingPercent: number | undefined
    const event = (): UploadProgressEvent => ({
      phase,
      bytesSent,
      bytesTotal,
      fraction: bytesTotal === 0 ? 1 : bytesSent / bytesTotal,
      ...(processingPercent === undefined ? {} : { processingPercent }),
    })
    try {
      const media = await runUploadFlow(
        { file, options: this.options, resumeState: startOver ? undefined : this.snapshot.resumeState, signal },
        this.context,
        {
          inspected: ({ kind }) => {
            this.kind = kind
            if (kind !== 'video' || this.snapshot.altText === '') return
            // Refused before anything is sent: X would take the video and then refuse the text.
            const refused = this.altTextUnsupported()
            this.update({ altTextStatus: 'error', altTextError: refused })
            throw refused
          },
          phase: (next) => {
            this.progress.flush()
            phase = next
            const status = next === 'validating' ? 'validating' : next === 'processing' ? 'processing' : 'uploading'
            this.update({ status, phase: next })
            this.progress.push(event())
            this.progress.flush()
          },
          bytes: (sent, total) => {
            bytesSent = sent
            bytesTotal = total
            this.progress.push(event())
          },
          processing: (percent) => {
            processingPercent = percent
            this.progress.push(event())
          },
          resumeState: (state) => this.update({ resumeState: state }),
        },
      )
      this.progress.flush()
      return await this.describe(media, signal)
    } catch (error) {
      throw this.fail(error, signal)
    } finally {
      if (this.controller === controller) this.controller = undefined
    }
  }

  /** Media restored from earlier: upload again if it expired, else store only the alt text it lacks. */
  private async completeRestored(): Promise<UploadedMedia> {
    if (this.checkExpiry() === 'expired') return this.execute()
    const media = this.snapshot.media as UploadedMedia
    if (this.snapshot.altTextStatus !== 'pending') return media
    const controller = new AbortController()
    this.controller = controller
    const signal = anySignal([controller.signal, this.options.signal])
    try {
      return await this.describe(media, signal)
    } catch (error) {
      throw this.fail(error, signal)
    } finally {
      if (this.controller === controller) this.controller = undefined
    }
  }

  /** Settles the task as `canceled` or `error` and returns the error to throw. */
  private fail(error: unknown, signal: AbortSignal): MediaUploadError {
    this.progress.flush()
    const failure = signal.aborted ? abortedError(signal) : toUploadError(error)
    this.update({ status: failure.code === 'aborted' ? 'canceled' : 'error', error: failure })
    return failure
  }

  /**
   * Runs the uploader's `prepare` once (phase `preparing`; `fraction` is the preparation's),
   * then uploads what it returned. Without one, the picked file goes up as it is.
   */
  private async prepare(signal: AbortSignal): Promise<Blob> {
    const prepare = this.context.prepare
    if (prepare === undefined) return this.file
    if (this.prepared !== undefined) return this.prepared
    const bytesTotal = this.file.size
    const report = (fraction: number): void =>
      this.progress.push({ phase: 'preparing', bytesSent: 0, bytesTotal, fraction: Math.min(1, Math.max(0, fraction)) })
    this.update({ phase: 'preparing' })
    report(0)
    const result = await prepare(this.file, { signal, onProgress: report })
    if (signal.aborted) throw abortedError(signal)
    this.progress.flush()
    const { file, steps, original } = result
    this.prepared = file
    this.update({
      preparation: Object.freeze({ steps: Object.freeze([...steps]), original, size: file.size, type: file.type }),
      phase: 'validating',
      progress: Object.freeze({ bytesSent: 0, bytesTotal: file.size, fraction: 0 }),
    })
    return file
  }

  /** Stores the alt text typed so far (the phase `describing`), then settles as `success`. */
  private async describe(media: UploadedMedia, signal: AbortSignal): Promise<UploadedMedia> {
    const text = this.snapshot.altText
    if (text === '' || this.snapshot.altTextStatus === 'error') {
      this.update({ status: 'success', phase: undefined, media })
      return media
    }
    this.update({ status: 'processing', phase: 'describing', altTextStatus: 'saving', media })
    this.options.onProgress?.({ ...this.snapshot.progress, phase: 'describing' })
    const saved = await this.saveAltText(media, text, ++this.altTextRequest, signal)
    if (signal.aborted) throw abortedError(signal)
    this.update({ status: 'success', phase: undefined })
    return saved
  }

  /** One metadata request; the newest call wins, and a failure keeps the text. */
  private async saveAltText(media: UploadedMedia, text: string, request: number, signal: AbortSignal | undefined): Promise<UploadedMedia> {
    try {
      await this.context.api.altText(media.mediaId, text, signal ?? new AbortController().signal)
      const described = { ...media, altText: text }
      if (request === this.altTextRequest) this.update({ media: described, altTextStatus: 'saved', altTextError: undefined })
      return described
    } catch (error) {
      if (request === this.altTextRequest) this.update({ altTextStatus: 'error', altTextError: toUploadError(error) })
      return media
    }
  }
}

function stripPhase({ phase: _phase, ...progress }: UploadProgressEvent): UploadSnapshot['progress'] {
  return progress
}
