/**
 * What a preparation step did to a file before upload. Codes are stable; words for people
 * come from the UI's strings.
 * - `location-removed`: GPS position taken out of the photo's metadata
 * - `metadata-removed`: other camera metadata (EXIF, XMP, IPTC, PNG text) taken out
 * - `converted`: another format (`from` → `to`, e.g. HEIC to JPEG)
 * - `resized`: scaled down (`from` → `to` as `WIDTHxHEIGHT`)
 * - `compressed`: re-encoded at a lower quality to fit the size limit
 * - `transcoded`: video re-encoded to H.264/AAC MP4
 * - `trimmed`: video cut to the duration limit
 */
export type PreparationStepCode =
  | 'location-removed'
  | 'metadata-removed'
  | 'converted'
  | 'resized'
  | 'compressed'
  | 'transcoded'
  | 'trimmed'

/** One change made to a file, with what it was and what it became where that applies. */
export interface PreparationStep {
  readonly code: PreparationStepCode
  readonly from?: string
  readonly to?: string
}

/** What a file was before preparation. */
export interface OriginalMedia {
  readonly type: string
  readonly size: number
  readonly width?: number
  readonly height?: number
}

/** The result of a {@link PrepareMedia} function: the file to upload and what was done to it. */
export interface PreparedMedia {
  /** The file to upload: the picked file itself when `steps` is empty. */
  readonly file: Blob
  /** In the order they were done; empty when the file goes up as it is. */
  readonly steps: readonly PreparationStep[]
  readonly original: OriginalMedia
}

/** What the uploader passes to a {@link PrepareMedia} function. */
export interface PrepareContext {
  /** Fires when the upload is canceled: stop work and reject with an `aborted` error. */
  readonly signal: AbortSignal
  /** Fraction of the preparation done, 0..1. */
  readonly onProgress?: (fraction: number) => void
}

/**
 * Makes a picked file fit X before it is validated and sent (strip metadata, convert,
 * resize, transcode), or refuses it with a `MediaUploadError` naming the rule. Core ships
 * none: `prepareMedia` from `@tweet-media/prepare` is one.
 */
export type PrepareMedia = (file: Blob, context: PrepareContext) => Promise<PreparedMedia>

/** What the task snapshot tells about preparation: `PreparedMedia` without the file. */
export interface PreparationSummary {
  readonly steps: readonly PreparationStep[]
  readonly original: OriginalMedia
  /** Bytes of the prepared file (what is uploaded). */
  readonly size: number
  readonly type: string
}
