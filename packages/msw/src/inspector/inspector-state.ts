import type { MediaMock } from '../create-media-mock'
import type { MediaStore } from '../store/media-store'
import type { StoredMedia } from '../store/types'
import { partsLength } from '../support/bytes'
import { readPhotoMetadata as photoMetadataOf, type PhotoMetadata } from '../rules/photo-metadata'
import type { InspectorLogEntry } from './request-log'

/** A subtitle track attached to a video, as the inspector shows it. */
export interface InspectedSubtitles {
  /** Two capital letters (`EN`). */
  language: string
  /** The label viewers pick the track by. */
  label: string
  /** The media id of the subtitles file. */
  mediaId: string
}

/** One media item as the inspector shows it: JSON, no bytes. */
export interface InspectedMedia {
  id: string
  mediaKey: string
  api: string
  kind: string
  mediaType: string
  category: string | null
  totalBytes: number
  /** Bytes received so far (segments before `FINALIZE`, the file after). */
  bytesReceived: number
  segmentsReceived: number
  /** Segments the upload needs at the size of its first one; `null` before it arrives. */
  segmentsExpected: number | null
  state: string
  processing: { state: string; progressPercent: number; error: { code: number; name: string; message: string } | null } | null
  expiresAt: number
  altText: string | null
  subtitles: InspectedSubtitles[]
  /** Whether a finalized JPEG, PNG or WebP still holds EXIF / a GPS position; `null` otherwise. */
  exif: boolean | null
  gps: boolean | null
  /** Whether the stored bytes can be fetched (finalized). */
  hasBytes: boolean
}

/** What the inspector page, its event stream and the Storybook panel render. */
export interface InspectorState {
  /** The store clock now (epoch ms): countdowns are measured against it. */
  now: number
  scenario: Record<string, unknown>
  /** Whether the next processing is set to fail. */
  failNextProcessing: boolean
  media: InspectedMedia[]
  requests: InspectorLogEntry[]
}

function subtitlesOf(media: StoredMedia): InspectedSubtitles[] {
  return media.subtitles.map((track) => ({ language: track.languageCode, label: track.displayName, mediaId: track.mediaId }))
}

function segmentsOf(store: MediaStore, media: StoredMedia): Pick<InspectedMedia, 'bytesReceived' | 'segmentsExpected'> {
  // `size`, not `bytes`: reading `bytes` would join a finalized file's parts.
  if (media.size !== undefined) return { bytesReceived: media.size, segmentsExpected: media.segmentIndices.length }
  const record = store.peek(media.id)
  const parts = record ? [...record.segments.values()] : []
  const first = record?.segments.get(0)
  const firstLength = first ? partsLength(first) : 0
  return {
    bytesReceived: parts.reduce((sum, part) => sum + partsLength(part), 0),
    segmentsExpected: firstLength > 0 ? Math.ceil(media.totalBytes / firstLength) : null,
  }
}

/** Each photo's EXIF/GPS reading, once per stored file. */
const photoMetadata = new WeakMap<Uint8Array, PhotoMetadata | undefined>()

function photoMetadataOfMedia(media: StoredMedia): PhotoMetadata | undefined {
  if (media.kind !== 'image' || media.size === undefined) return undefined
  const bytes = media.bytes
  if (!bytes) return undefined
  if (!photoMetadata.has(bytes)) photoMetadata.set(bytes, photoMetadataOf(bytes))
  return photoMetadata.get(bytes)
}

/** One stored media item as JSON for the inspector. */
export function inspectMedia(store: MediaStore, media: StoredMedia): InspectedMedia {
  const { processing } = media
  const photo = photoMetadataOfMedia(media)
  return {
    id: media.id,
    mediaKey: media.mediaKey,
    api: media.api,
    kind: media.kind,
    mediaType: media.mediaType,
    category: media.category ?? null,
    totalBytes: media.totalBytes,
    segmentsReceived: media.segmentIndices.length,
    ...segmentsOf(store, media),
    state: media.state,
    processing: processing
      ? { state: processing.state, progressPercent: processing.progressPercent, error: processing.error ? { ...processing.error } : null }
      : null,
    expiresAt: media.expiresAt,
    altText: media.altText ?? null,
    subtitles: subtitlesOf(media),
    exif: photo?.exif ?? null,
    gps: photo?.gps ?? null,
    hasBytes: media.size !== undefined,
  }
}

/** The whole picture: the store's media (newest first), the scenario and the request log. */
export function inspectMock(mock: MediaMock, requests: InspectorLogEntry[], failNextProcessing: boolean): InspectorState {
  const { store } = mock
  return {
    now: store.clock.now(),
    scenario: JSON.parse(JSON.stringify(mock.scenario)) as Record<string, unknown>,
    failNextProcessing,
    // The store lists by use (least recent first); the page lists by arrival.
    media: store.list().reverse().sort((a, b) => b.createdAt - a.createdAt).map((media) => inspectMedia(store, media)),
    requests,
  }
}
