import type { MediaMock } from '../create-media-mock'
import type { MediaStore } from '../store/media-store'
import type { StoredMedia } from '../store/types'
import type { InspectorLogEntry } from './request-log'

/** A subtitle track attached to a video, as the inspector shows it. */
export interface InspectedSubtitles {
  language: string
  label: string | null
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
  /** Whether a photo still holds EXIF / GPS data; `null` where the mock does not know. */
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

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined

/** A yes/no field under any of `names`, on the media or its `image`; `null` when absent. */
function flagOf(holders: readonly (Record<string, unknown> | undefined)[], names: readonly string[]): boolean | null {
  for (const holder of holders.flatMap((h) => (h ? [h, asRecord(h.image), asRecord(h.photo)] : []))) {
    if (!holder) continue
    for (const name of names) if (typeof holder[name] === 'boolean') return holder[name]
  }
  return null
}

/** Subtitles attached to a video, read defensively: the store gains them in a later version. */
function subtitlesOf(media: Record<string, unknown>): InspectedSubtitles[] {
  const list = media.subtitles
  if (!Array.isArray(list)) return []
  return list.flatMap((item: unknown) => {
    const track = asRecord(item)
    if (!track) return []
    const language = track.languageCode ?? track.language_code ?? track.language
    const label = track.displayName ?? track.display_name ?? track.label
    return typeof language === 'string' ? [{ language, label: typeof label === 'string' ? label : null }] : []
  })
}

function segmentsOf(store: MediaStore, media: StoredMedia): Pick<InspectedMedia, 'bytesReceived' | 'segmentsExpected'> {
  const record = store.record(media.id)
  if (media.bytes) return { bytesReceived: media.bytes.byteLength, segmentsExpected: media.segmentIndices.length }
  const parts = record ? [...record.segments.values()] : []
  const first = record?.segments.get(0)
  return {
    bytesReceived: parts.reduce((sum, part) => sum + part.byteLength, 0),
    segmentsExpected: first && first.byteLength > 0 ? Math.ceil(media.totalBytes / first.byteLength) : null,
  }
}

/** One stored media item as JSON for the inspector. */
export function inspectMedia(store: MediaStore, media: StoredMedia): InspectedMedia {
  const loose = media as unknown as Record<string, unknown>
  const holders = [loose, asRecord(store.record(media.id))]
  const { processing } = media
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
    subtitles: subtitlesOf(loose),
    exif: media.kind === 'image' ? flagOf(holders, ['hasExif', 'exif']) : null,
    gps: media.kind === 'image' ? flagOf(holders, ['hasGps', 'gps']) : null,
    hasBytes: media.bytes !== undefined,
  }
}

/** The whole picture: the store's media (newest first), the scenario and the request log. */
export function inspectMock(mock: MediaMock, requests: InspectorLogEntry[], failNextProcessing: boolean): InspectorState {
  const { store } = mock
  return {
    now: store.clock.now(),
    scenario: JSON.parse(JSON.stringify(mock.scenario)) as Record<string, unknown>,
    failNextProcessing,
    media: store.list().reverse().map((media) => inspectMedia(store, media)),
    requests,
  }
}
