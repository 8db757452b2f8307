import { bytesOf, type MediaRecord } from '../store/media-record'
import { joinParts, partsLength, type ByteParts } from '../support/bytes'
import type { MediaStore } from '../store/media-store'
import type { ApiVersion } from '../store/types'
import type { Random } from '../support/random'
import { sniffImage } from './image-info'
import {
  MAX_ALT_TEXT_LENGTH,
  MAX_BYTES,
  kindOfMediaType,
  mediaKeyPrefix,
  parseMediaCategory,
  resolveKind,
  type MediaCategory,
  type MediaKind,
} from './limits'
import { nextMediaId } from './media-ids'
import { parseByteCount, parseFlag, parseOwners, required } from './parse-params'
import { advanceProcessing, startProcessing, type ProcessingSettings } from './processing'
import { RuleViolation, invalidParameter, missingParameter } from './rule-violation'
import { SubtitleRules } from './subtitle-rules'

/** Settings read at the moment a rule needs them, so live reconfiguration applies. */
export interface RuleSettings {
  expiresAfterSecs: number
  processing: ProcessingSettings
}

/** `INIT` / `initialize` parameters as they arrived (strings, validated here). */
export interface InitParams {
  totalBytes: string | undefined
  mediaType: string | undefined
  mediaCategory: string | undefined
  additionalOwners: string | undefined
  shared: string | undefined
}

/** Simple (one-shot) upload parameters. */
export interface SimpleUploadParams {
  bytes: ByteParts | undefined
  mediaCategory: string | undefined
  additionalOwners: string | undefined
}

const SIMPLE_UPLOAD_KINDS: Record<ApiVersion, readonly MediaKind[]> = {
  // v1.1: images only; v2's one-shot also takes GIFs (15 MB).
  'v1.1': ['image'],
  v2: ['image', 'gif'],
}

function parseCategory(raw: string | undefined): MediaCategory | undefined {
  if (raw === undefined || raw === '') return undefined
  const category = parseMediaCategory(raw)
  if (!category) throw invalidParameter('media_category', raw)
  return category
}

/** `APPEND` and `FINALIZE` need an id that has not been finalized yet. */
function assertUploading(record: MediaRecord): void {
  if (record.state === 'finalized') {
    throw new RuleViolation('already-finalized', `Media id ${record.id} has already been finalized.`, 'media_id', record.id)
  }
}

function checkSize(kind: MediaKind, bytes: number): void {
  const limit = MAX_BYTES[kind]
  if (bytes > limit) {
    throw new RuleViolation('file-too-large', `File size exceeds ${limit} bytes.`, 'total_bytes', String(bytes))
  }
}

/**
 * X's media rules over one store, shared by the v1.1 and v2 handlers: each method
 * validates, changes the store and returns the record, or throws a {@link RuleViolation}.
 */
export class MediaRules {
  /** Subtitle tracks on videos, over the same records. */
  readonly subtitles: SubtitleRules = new SubtitleRules(this)

  constructor(
    private readonly store: MediaStore,
    private readonly random: () => Random,
    private readonly settings: () => RuleSettings,
  ) {}

  private now(): number {
    return this.store.clock.now()
  }

  private create(
    principal: string,
    fields: Pick<MediaRecord, 'api' | 'mediaType' | 'category' | 'kind' | 'totalBytes' | 'additionalOwners' | 'shared'>,
  ): MediaRecord {
    const now = this.now()
    const id = nextMediaId(this.random(), (candidate) => this.store.has(candidate))
    const record: MediaRecord = {
      ...fields,
      id,
      mediaKey: `${mediaKeyPrefix(fields.kind, fields.category)}_${id}`,
      owner: principal,
      altText: undefined,
      state: 'uploading',
      segments: new Map(),
      subtitles: new Map(),
      segmentIndices: new Set(),
      parts: undefined,
      size: undefined,
      sha256: undefined,
      image: undefined,
      processing: undefined,
      createdAt: now,
      expiresAt: now + this.settings().expiresAfterSecs * 1000,
    }
    this.store.add(record)
    return record
  }

  /** The record a request names, if it exists, belongs to the caller and has not expired. */
  usable(principal: string, mediaId: string | undefined): MediaRecord {
    const id = required('media_id', mediaId)
    const record = this.store.record(id)
    if (!record && this.store.expiredAllowed(id)?.includes(principal)) {
      throw new RuleViolation('expired-media', `Media id ${id} has expired.`, 'media_id', id)
    }
    const allowed = record && (record.owner === principal || record.additionalOwners.includes(principal))
    if (!record || !allowed) throw new RuleViolation('unknown-media', `Invalid media id ${id}`, 'media_id', id)
    if (this.now() >= record.expiresAt) {
      throw new RuleViolation('expired-media', `Media id ${id} has expired.`, 'media_id', id)
    }
    return record
  }

  /** `INIT`: a new media id awaiting its segments. */
  init(principal: string, params: InitParams, api: ApiVersion): MediaRecord {
    const totalBytes = parseByteCount('total_bytes', params.totalBytes)
    const mediaType = required('media_type', params.mediaType)
    const category = parseCategory(params.mediaCategory)
    if (!kindOfMediaType(mediaType)) {
      throw new RuleViolation('unsupported-media-type', 'media type unrecognized.', 'media_type', mediaType)
    }
    const kind = resolveKind(mediaType, category)
    if (!kind) throw invalidParameter('media_category', params.mediaCategory ?? '')
    // Subtitle files are taken only with `media_category: subtitles`.
    if (kind === 'subtitles' && category !== 'subtitles') throw invalidParameter('media_category', params.mediaCategory ?? '')
    checkSize(kind, totalBytes)
    return this.create(principal, {
      api,
      mediaType: mediaType.toLowerCase(),
      category,
      kind,
      totalBytes,
      additionalOwners: parseOwners(params.additionalOwners),
      shared: parseFlag('shared', params.shared),
    })
  }

  /** `APPEND`: stores one segment; segments may arrive in any order, a resend replaces. */
  append(principal: string, mediaId: string | undefined, segmentIndex: number, bytes: ByteParts | undefined, maxSegmentBytes: number): MediaRecord {
    const record = this.usable(principal, mediaId)
    if (!bytes) throw missingParameter('media')
    assertUploading(record)
    if (partsLength(bytes) > maxSegmentBytes) {
      throw new RuleViolation('segment-too-large', `Segment size exceeds ${maxSegmentBytes} bytes.`, 'media')
    }
    record.segments.set(segmentIndex, bytes)
    record.segmentIndices.add(segmentIndex)
    this.store.resize(record)
    return record
  }

  /**
   * `FINALIZE`: orders the segments, checks the size and starts processing. Nothing is
   * copied or hashed: the SHA-256 is left to the first reader of the store, so a 256 MB
   * upload answers at once.
   */
  finalize(principal: string, mediaId: string | undefined): MediaRecord {
    const record = this.usable(principal, mediaId)
    assertUploading(record)
    const parts = [...record.segments.entries()].sort(([a], [b]) => a - b).flatMap(([, segment]) => segment)
    const received = partsLength(parts)
    if (received !== record.totalBytes) {
      throw new RuleViolation('size-mismatch', 'Segments do not add up to provided total file size.', 'media_id', record.id)
    }
    this.complete(record, parts, received)
    if (record.category && (record.kind === 'video' || record.kind === 'gif')) {
      record.processing = startProcessing(this.now(), this.settings().processing)
    }
    return record
  }

  /** Keeps the segments as the file's parts (no copy): a 256 MB video finalizes at once. */
  private complete(record: MediaRecord, parts: ByteParts, size: number): void {
    record.parts = parts
    record.size = size
    record.segments.clear()
    record.state = 'finalized'
    record.expiresAt = this.now() + this.settings().expiresAfterSecs * 1000
    // Images (at most 15 MB) are read for their type and dimensions, as X reports them.
    if (record.kind === 'image' || record.kind === 'gif') record.image = sniffImage(bytesOf(record) ?? new Uint8Array())
    this.store.resize(record)
  }

  /** `STATUS`: records the call and moves processing if the client waited long enough. */
  status(principal: string, mediaId: string | undefined): MediaRecord {
    const record = this.usable(principal, mediaId)
    const now = this.now()
    this.store.recordStatusCall(record.id, now)
    if (record.processing) advanceProcessing(record.processing, now)
    return record
  }

  /** The simple upload: a whole image in one request. */
  simpleUpload(principal: string, params: SimpleUploadParams, api: ApiVersion): MediaRecord {
    if (!params.bytes) throw missingParameter('media')
    const bytes = joinParts(params.bytes)
    // v2's one-shot upload requires `media_category` (X's `MediaUploadRequest`); v1.1's does not.
    if (api === 'v2') required('media_category', params.mediaCategory)
    const category = parseCategory(params.mediaCategory)
    const image = sniffImage(bytes)
    if (!image) throw new RuleViolation('unsupported-media-type', 'media type unrecognized.', 'media')
    const kind = resolveKind(image.imageType, category)
    if (!kind || !SIMPLE_UPLOAD_KINDS[api].includes(kind)) {
      throw new RuleViolation(
        'chunked-upload-required',
        'GIFs and videos must be uploaded with the chunked upload (INIT, APPEND, FINALIZE).',
        'media_category',
        params.mediaCategory,
      )
    }
    checkSize(kind, bytes.byteLength)
    const record = this.create(principal, {
      api,
      mediaType: image.imageType,
      category,
      kind,
      totalBytes: bytes.byteLength,
      additionalOwners: parseOwners(params.additionalOwners),
      shared: false,
    })
    this.complete(record, [bytes], bytes.byteLength)
    return record
  }

  /** Alt text for an image or GIF: at most 1,000 characters (code points). */
  setAltText(principal: string, mediaId: string | undefined, text: string | undefined): MediaRecord {
    const record = this.usable(principal, mediaId)
    if (text === undefined) throw missingParameter('alt_text')
    if ([...text].length > MAX_ALT_TEXT_LENGTH) {
      throw new RuleViolation(
        'alt-text-too-long',
        `alt_text.text must be at most ${MAX_ALT_TEXT_LENGTH} characters.`,
        'alt_text.text',
        String([...text].length),
      )
    }
    if (record.kind !== 'image' && record.kind !== 'gif') {
      throw new RuleViolation('alt-text-not-supported', 'Alt text is supported for images and GIFs only.', 'media_id', record.id)
    }
    record.altText = text
    return record
  }
}
