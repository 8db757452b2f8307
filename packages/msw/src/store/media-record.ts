import type { ImageInfo } from '../rules/image-info'
import { concatBytes, partsLength, type ByteParts } from '../support/bytes'
import { sha256HexOfParts } from '../support/sha256'
import { readPhotoMetadata } from '../rules/photo-metadata'
import type { MediaCategory, MediaKind } from '../rules/limits'
import type { ApiVersion, ProcessingError, ProcessingSnapshot, StoredMedia, SubtitleTrack } from './types'

/** Processing state plus what drives it forward. */
export interface ProcessingRecord extends ProcessingSnapshot {
  /** `STATUS` rounds answered so far that moved the state. */
  round: number
  /** `in_progress` rounds before the final state. */
  rounds: number
  /** Store-clock time before which a `STATUS` does not move the state. */
  nextCheckAt: number
  failWith: ProcessingError | undefined
  errorState: 'failed' | 'in_progress'
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
  segments: Map<number, ByteParts>
  /** Subtitle tracks attached to a video, by language code. */
  subtitles: Map<string, SubtitleTrack>
  /** Every segment index received, kept after assembly for assertions. */
  segmentIndices: Set<number>
  /**
   * The file once finalized: its segments in index order, kept as received (`FINALIZE`
   * copies nothing); joined into one array only when a test reads `bytes`.
   */
  parts: ByteParts | undefined
  /** Byte length of the finalized file. */
  size: number | undefined
  /** SHA-256 of the file, computed on first read (see {@link digestOf}). */
  sha256: string | undefined
  image: ImageInfo | undefined
  processing: ProcessingRecord | undefined
  createdAt: number
  expiresAt: number
}

/** SHA-256 (hex) of parts taken in order: what the store computes digests with. */
export type PartsDigest = (parts: readonly Uint8Array[]) => string

/** Bytes a record holds: its segments awaiting `FINALIZE` and its finalized file. */
export function footprintOf(record: MediaRecord): number {
  let bytes = record.size ?? 0
  for (const segment of record.segments.values()) bytes += partsLength(segment)
  return bytes
}

/** The finalized file as one array, joined once on first read (the parts are then that one array). */
export function bytesOf(record: MediaRecord): Uint8Array | undefined {
  const { parts, size } = record
  if (!parts || size === undefined) return undefined
  if (parts.length === 1 && parts[0]) return parts[0]
  const joined = concatBytes(parts, size)
  record.parts = [joined]
  return joined
}

/** The SHA-256 (hex) of a record's file, computed once from its parts, when first asked for. */
export function digestOf(record: MediaRecord, digest: PartsDigest = sha256HexOfParts): string | undefined {
  if (record.parts && record.sha256 === undefined) record.sha256 = digest(record.parts)
  return record.sha256
}

/**
 * A read-only copy of a record (the bytes are shared, not copied: they can be large). Its
 * `sha256` is computed when read, so an upload nobody checks costs no digest.
 */
export function snapshotOf(record: MediaRecord, digest?: PartsDigest): StoredMedia {
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
    get bytes() {
      return bytesOf(record)
    },
    size: record.size,
    get sha256() {
      return digestOf(record, digest)
    },
    get photoMetadata() {
      const bytes = record.kind === 'image' ? bytesOf(record) : undefined
      return bytes ? readPhotoMetadata(bytes) : undefined
    },
    processing: processing && {
      state: processing.state,
      progressPercent: processing.progressPercent,
      checkAfterSecs: processing.checkAfterSecs,
      ...(processing.error ? { error: { ...processing.error } } : {}),
    },
    subtitles: [...record.subtitles.values()],
    createdAt: record.createdAt,
    expiresAt: record.expiresAt,
  }
}
