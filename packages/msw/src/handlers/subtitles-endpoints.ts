import type { SubtitleTrackParams } from '../rules/subtitle-rules'
import type { SubtitleTrack } from '../store/types'
import { emptyResponse } from './media-json'
import { idField, type RouteContext } from './route-context'
import { v2DataResponse } from './v2-responses'

type JsonRecord = Record<string, unknown>

const objectOf = (value: unknown): JsonRecord => (value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonRecord) : {})
const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

function trackParams(value: unknown, idName: string): SubtitleTrackParams {
  const track = objectOf(value)
  return { mediaId: idField(track, idName), languageCode: textOf(track.language_code), displayName: textOf(track.display_name) }
}

/** v1.1's `subtitle_info.subtitles` list. */
function v1Tracks(body: JsonRecord): unknown[] {
  const list = objectOf(body.subtitle_info).subtitles
  return Array.isArray(list) ? list : []
}

const trackJson = (track: SubtitleTrack) => ({ display_name: track.displayName, id: track.mediaId, language_code: track.languageCode })

/** The body of a subtitles call, the video it names (under `idKey`) and its category, noted in the log. */
function subtitlesCall(ctx: RouteContext, idKey: string) {
  const body = objectOf(ctx.params.json)
  const videoId = idField(body, idKey)
  ctx.note.step = 'SUBTITLES'
  ctx.note.mediaId = videoId
  return { body, videoId, category: textOf(body.media_category) }
}

/**
 * v2 `POST /2/media/subtitles` `{ id, media_category, subtitles: { id, language_code, display_name } }`
 * and `DELETE` `{ id, media_category, language_code }`.
 */
export function answerV2Subtitles(ctx: RouteContext): Response {
  const { body, videoId, category } = subtitlesCall(ctx, 'id')
  if (ctx.request.method === 'DELETE') {
    ctx.rules.subtitles.detach(ctx.principal, videoId, category, [textOf(body.language_code)])
    return v2DataResponse({ deleted: true })
  }
  const tracks = body.subtitles === undefined ? [] : [trackParams(body.subtitles, 'id')]
  const attached = ctx.rules.subtitles.attach(ctx.principal, videoId, category, tracks)
  return v2DataResponse({
    id: attached.video.id,
    media_category: attached.category,
    associated_subtitles: [...attached.video.subtitles.values()].map(trackJson),
  })
}

/**
 * v1.1 `POST media/subtitles/create.json` and `delete.json`: JSON
 * `{ media_id, media_category, subtitle_info: { subtitles: [{ media_id, language_code, display_name }] } }`
 * (delete: `[{ language_code }]`); 200 with an empty body.
 */
export function answerV1Subtitles(ctx: RouteContext): Response {
  const { body, videoId, category } = subtitlesCall(ctx, 'media_id')
  if (ctx.route.name === 'v1-subtitles-delete') {
    const codes = v1Tracks(body).map((track) => textOf(objectOf(track).language_code))
    ctx.rules.subtitles.detach(ctx.principal, videoId, category, codes)
  } else {
    ctx.rules.subtitles.attach(ctx.principal, videoId, category, v1Tracks(body).map((track) => trackParams(track, 'media_id')))
  }
  return emptyResponse(200)
}
