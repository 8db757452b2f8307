import type { MediaCategory, MediaKind } from '../rules/limits'
import type { PhotoMetadata } from '../rules/photo-metadata'

/** The two request dialects the mock answers. */
export type ApiVersion = 'v1.1' | 'v2'

/** `processing_info.state` as X reports it. */
export type ProcessingState = 'pending' | 'in_progress' | 'succeeded' | 'failed'

/** `processing_info.error` of a failed processing. */
export interface ProcessingError {
  code: number
  name: string
  message: string
}

/** The processing of one video or GIF, as the next `STATUS` would report it. */
export interface ProcessingSnapshot {
  state: ProcessingState
  progressPercent: number
  checkAfterSecs: number
  error?: ProcessingError
}

/** One stored media item, as tests read it. */
export interface StoredMedia {
  readonly id: string
  readonly mediaKey: string
  readonly api: ApiVersion
  readonly mediaType: string
  readonly category: MediaCategory | undefined
  readonly kind: MediaKind
  /** `total_bytes` from `INIT` (the file size for a simple upload). */
  readonly totalBytes: number
  /** The user who uploaded it (from the `Authorization` header). */
  readonly owner: string
  readonly additionalOwners: readonly string[]
  readonly shared: boolean
  readonly altText: string | undefined
  /** `uploading` until `FINALIZE` (or a simple upload) succeeds. */
  readonly state: 'uploading' | 'finalized'
  /** Indices of the segments received so far (sorted). */
  readonly segmentIndices: readonly number[]
  /** The assembled bytes, in segment order; set at `FINALIZE`. */
  readonly bytes: Uint8Array | undefined
  /** Byte length of the assembled file; set at `FINALIZE`. */
  readonly size: number | undefined
  /** SHA-256 (hex) of the assembled bytes, once finalized; computed when first read. */
  readonly sha256: string | undefined
  /** For photos: whether the stored bytes still hold EXIF, a GPS position or other metadata. Read when asked. */
  readonly photoMetadata: PhotoMetadata | undefined
  readonly processing: ProcessingSnapshot | undefined
  /** Subtitle tracks attached to this video, in the order they were attached. */
  readonly subtitles: readonly SubtitleTrack[]
  readonly createdAt: number
  readonly expiresAt: number
}

/** The step of the upload flow a request was for. */
export type UploadStep = 'INIT' | 'APPEND' | 'FINALIZE' | 'STATUS' | 'UPLOAD' | 'METADATA' | 'SUBTITLES'

/** A subtitle track attached to a video. */
export interface SubtitleTrack {
  /** Two capital letters (`EN`). */
  readonly languageCode: string
  /** The label viewers pick the track by. */
  readonly displayName: string
  /** The media id of the uploaded SRT or VTT file (`media_category: subtitles`). */
  readonly mediaId: string
}

/** How the mock answered a request. */
/** `aborted`: the client gave up while its body was still arriving; nothing was stored. */
export type RequestOutcome = 'ok' | 'rejected' | 'injected-failure' | 'rate-limited' | 'dropped' | 'unauthorized' | 'aborted'

/** One request the mock saw, for assertions such as "only the missing segments were sent". */
export interface RequestLogEntry {
  /** 1-based position among all requests since the last reset. */
  readonly seq: number
  /** Store-clock time the request arrived (epoch ms). */
  readonly time: number
  readonly method: string
  readonly url: string
  readonly path: string
  readonly api: ApiVersion
  readonly step: UploadStep | undefined
  readonly mediaId: string | undefined
  readonly segmentIndex: number | undefined
  /** HTTP status answered; 0 for a dropped connection. */
  readonly status: number
  readonly outcome: RequestOutcome
}
