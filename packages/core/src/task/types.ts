import type { MediaUploadError } from '../errors/media-upload-error'
import type { AttachSubtitlesOptions, AttachedSubtitles, RemoveSubtitlesOptions } from '../subtitles/subtitles-flow'
import type { Dialect, MediaCategory, UploadedMedia } from '../types'
import type { PreparationSummary } from './preparation'

/** Where an upload task stands. `expired` is a success whose media id can no longer be used. */
export type UploadStatus =
  | 'idle'
  | 'validating'
  | 'uploading'
  | 'processing'
  | 'success'
  | 'error'
  | 'canceled'
  | 'expired'

/** The step of the upload that progress refers to. */
export type UploadPhase = 'preparing' | 'validating' | 'uploading' | 'finalizing' | 'processing' | 'describing'

/** Where the alt text stands: not given, waiting for the upload, being stored, stored, or failed. */
export type AltTextStatus = 'none' | 'pending' | 'saving' | 'saved' | 'error'

/** How far an upload got. `fraction` is 0..1 over the bytes; processing has its own percent. */
export interface UploadProgress {
  bytesSent: number
  bytesTotal: number
  /** `bytesSent / bytesTotal`, 1 for an empty total. */
  fraction: number
  /** X's `progress_percent` (0–100) while the media is being processed. */
  processingPercent?: number
}

/** One progress report, as passed to `onProgress`. Throttled; the last one is always sent. */
export interface UploadProgressEvent extends UploadProgress {
  phase: UploadPhase
}

/**
 * What is needed to continue a chunked upload later: a plain JSON-safe value.
 * Keep it (the task does, in its `resumeStore`) and pass it back with the same file.
 */
export interface ResumeState {
  version: 1
  dialect: Dialect
  /** {@link FileFingerprint} of the file this state belongs to. */
  fingerprint: string
  mediaId: string
  mediaKey?: string
  /** Epoch ms after which X no longer accepts this id. */
  expiresAt: number
  totalBytes: number
  chunkSize: number
  mediaType: string
  mediaCategory?: MediaCategory
  /** Indexes of the segments X acknowledged, ascending. */
  acknowledgedSegments: number[]
  /** True once FINALIZE was accepted: only the processing wait (and alt text) remain. */
  finalized?: boolean
}

/** A file identity for resume: name, size, lastModified and a hash of its first chunk. */
export type FileFingerprint = string

/** Storage for {@link ResumeState}, keyed by file fingerprint (tus-js-client's url storage, in spirit). */
export interface ResumeStore {
  get(key: string): ResumeState | undefined | Promise<ResumeState | undefined>
  set(key: string, state: ResumeState): void | Promise<void>
  remove(key: string): void | Promise<void>
}

/** The immutable view of one upload that a UI renders. A new object on every change. */
export interface UploadSnapshot {
  readonly id: string
  readonly file: { readonly name: string; readonly size: number; readonly type: string }
  readonly status: UploadStatus
  readonly phase: UploadPhase | undefined
  readonly progress: Readonly<UploadProgress>
  readonly media: UploadedMedia | undefined
  readonly error: MediaUploadError | undefined
  /** Always what the user typed last, kept across failures. */
  readonly altText: string
  readonly altTextStatus: AltTextStatus
  /** The error of the last failed alt text request, when `altTextStatus` is `'error'`. */
  readonly altTextError: MediaUploadError | undefined
  readonly resumeState: ResumeState | undefined
  /** Subtitles attached to this video with `attachSubtitles`, one per language, oldest first. */
  readonly subtitles: readonly AttachedSubtitles[]
  /** How many times the upload was started: 1 after `start()`, +1 per `retry()`. */
  readonly attempt: number
  /** What the uploader's `prepare` did to the file; `undefined` without one or before it ran. */
  readonly preparation: PreparationSummary | undefined
}

/** The observable state machine of one upload. Read it with `useSyncExternalStore(task.subscribe, task.getSnapshot)`. */
export interface UploadTask {
  readonly id: string
  /** Immutable; a new object on every change, the same object while nothing changed. */
  getSnapshot(): UploadSnapshot
  /** Listeners are batched: many changes in one tick (or one throttle window) notify once. */
  subscribe(listener: () => void): () => void
  /** Starts the upload; idempotent (a second call returns the same promise). */
  start(): Promise<UploadedMedia>
  /** Stops every request and wait at once; the task ends `canceled`. */
  cancel(): void
  /** After an error or cancel: continues from the acknowledged segments (or starts over if the id expired). */
  retry(): Promise<UploadedMedia>
  /**
   * Keeps the text; after the upload, stores it with `metadata/create` again. Never rejects.
   * On a video (once inspected) the text is refused at once: `altTextStatus` `'error'` with
   * `alt-text-unsupported`, as X stores alt text for images and GIFs only.
   */
  setAltText(text: string): Promise<void>
  /**
   * Uploads an SRT or WebVTT file and attaches it to this uploaded video in one language;
   * a language attached before is removed first (replaced). Resolves once X accepted it
   * (then `subtitles` lists it).
   *
   * @throws MediaUploadError `invalid-argument` before the video is uploaded, on a task that
   * is not a video, or for a bad language code or name; `invalid-subtitles` for a file
   * that is not well-formed SRT/WebVTT or over 1 MB; any error X answers with.
   */
  attachSubtitles(file: Blob, options: AttachSubtitlesOptions): Promise<AttachedSubtitles>
  /** Removes this video's subtitles in one language (X's delete), then from `subtitles`. */
  removeSubtitles(languageCode: string, options?: RemoveSubtitlesOptions): Promise<void>
  /** Moves a `success` to `expired` when the media id expires within the safety margin. Returns the new status. */
  checkExpiry(now?: number): UploadStatus
  /**
   * Milliseconds the media id can still be attached at `now` (default: the uploader's clock),
   * the uploader's safety margin deducted, as `checkExpiry` judges it; 0 without media or
   * once it can no longer be used.
   */
  timeLeftMs(now?: number): number
  /** Cancels if still running and drops every listener. */
  dispose(): void
}

/** Per-upload options. */
export interface UploadOptions {
  /**
   * Stored with `metadata/create` after the upload. Images and GIFs only: for a video the
   * upload fails with `alt-text-unsupported` before anything is sent.
   */
  altText?: string
  /** Overrides the category chosen from the file type. */
  mediaCategory?: MediaCategory
  /** User ids allowed to use the media too (X's `additional_owners`). */
  additionalOwners?: string[]
  /** Stops everything at once; the upload rejects with `aborted`. */
  signal?: AbortSignal
  /** Throttled progress reports. */
  onProgress?: (event: UploadProgressEvent) => void
  /** Continue this chunked upload instead of looking it up in the resume store. */
  resumeState?: ResumeState
  /**
   * Media this file was already uploaded as (a restored draft). The task starts as
   * `success` with it; `start()` sends nothing while it is usable, stores `altText` when it
   * differs from `uploadedMedia.altText`, and uploads the file again once it has expired.
   */
  uploadedMedia?: UploadedMedia
}
