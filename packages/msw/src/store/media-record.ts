import type { ImageInfo } from '../rules/image-info'
import { readPhotoMetadata } from '../rules/photo-metadata'
import { sha256Hex } from '../support/sha256'
import type { MediaCategory, MediaKind } from '../rules/limits'
import type { ApiVersion, ProcessingError, ProcessingSnapshot, StoredMedia } from './types'

/** Processing state plus what drives it forward. */
export interface ProcessingRecord extends ProcessingSnapshot {
  /** `STATUS` rounds answered so far that moved the state. */
  round: number
  /** `in_progress` rounds before the final state. */
  rounds: number
  /** Store-clock time before which a `STATUS` does not move the state. */
  nextCheckAt: number
  failWith: ProcessingError | undefined
}

/** The mutable record the rules work on; tests see {@link StoredMedia} snapshots. */
export interface MediaRecord {
  id: string
  mediaKey: string
  api: ApiVersion
  mediaType: string
  category: MediaCategory | undefined
  kind: MediaKind
  totalBytes: number
  owner: string
  additionalOwners: string[]
  shared: boolean
  altText: string | undefined
  state: 'uploading' | 'finalized'
  /** Segments awaiting `FINALIZE` (emptied once assembled). */
  segments: Map<number, Uint8Array>
  /** Every segment index received, kept after assembly for assertions. */
  segmentIndices: Set<number>
  bytes: Uint8Array | undefined
  /** SHA-256 of `bytes`, computed on first read (see {@link digestOf}). */
  sha256: string | undefined
  image: ImageInfo | undefined
  processing: ProcessingRecord | undefined
  createdAt: number
  expiresAt: number
}

/** The SHA-256 (hex) of a record's assembled bytes, computed once, when first asked for. */
export function digestOf(record: MediaRecord): string | undefined {
  if (record.bytes && record.sha256 === undefined) record.sha256 = sha256Hex(record.bytes)
  return record.sha256
}

/**
 * A read-only copy of a record (the bytes are shared, not copied: they can be large). Its
 * `sha256` is computed when read, so an upload nobody checks costs no digest.
 */
export function snapshotOf(record: MediaRecord): StoredMedia {
  const { processing } = record
  return {
    id: record.id,
    mediaKey: record.mediaKey,
    api: record.api,
    mediaType: record.mediaType,
    category: record.category,
    kind: record.kind,
    totalBytes: record.totalBytes,
    owner: record.owner,
    additionalOwners: [...record.additionalOwners],
    shared: record.shared,
    altText: record.altText,
    state: record.state,
    segmentIndices: [...record.segmentIndices].sort((a, b) => a - b),
    bytes: record.bytes,
    size: record.bytes?.byteLength,
    get sha256() {
      return digestOf(record)
    },
    get photoMetadata() {
      return record.kind === 'image' && record.bytes ? readPhotoMetadata(record.bytes) : undefined
    },
    processing: processing && {
      state: processing.state,
      progressPercent: processing.progressPercent,
      checkAfterSecs: processing.checkAfterSecs,
      ...(processing.error ? { error: { ...processing.error } } : {}),
    },
    createdAt: record.createdAt,
    expiresAt: record.expiresAt,
  }
}
