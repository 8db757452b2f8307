import { describeValue, invalidArgument } from '../errors/invalid-argument'
import type { ResolvedEndpoint } from '../types'
import { altTextLength } from './alt-text'
import type { BuiltRequest } from './built-request'
import { jsonPost } from './encode-body'
import { subtitlesUrl } from './routes'
import { assertMediaId, assertParams } from './validate'

/** The categories of video that take subtitles (X's subtitles endpoints name no others). */
export type SubtitledVideoCategory = 'tweet_video' | 'amplify_video'

/** X's own spelling of the video's category in the subtitles calls. */
const SUBTITLES_MEDIA_CATEGORY: Record<SubtitledVideoCategory, string> = {
  tweet_video: 'TweetVideo',
  amplify_video: 'AmplifyVideo',
}

/** Longest `displayName` accepted, in characters (code points): a language's name fits many times. */
export const SUBTITLES_DISPLAY_NAME_MAX_LENGTH = 100

/** X's language codes for subtitles: two capital letters, e.g. `EN`, `FR`. */
export const SUBTITLES_LANGUAGE_CODE = /^[A-Z]{2}$/

/** Parameters of {@link buildSubtitlesCreate}. */
export interface SubtitlesCreateParams {
  /** The uploaded (and processed) video. */
  mediaId: string
  /** The video's category; default `tweet_video`. */
  videoCategory?: SubtitledVideoCategory
  /** The uploaded subtitles file (`media_category: 'subtitles'`). */
  subtitlesMediaId: string
  /** Two capital letters, e.g. `EN`. */
  languageCode: string
  /** What players show in their subtitles menu, e.g. `English`. At most 100 characters. */
  displayName: string
}

/** Parameters of {@link buildSubtitlesDelete}. */
export interface SubtitlesDeleteParams {
  mediaId: string
  videoCategory?: SubtitledVideoCategory
  languageCode: string
}

export function assertVideoCategory(value: unknown): string {
  if (value === undefined) return SUBTITLES_MEDIA_CATEGORY.tweet_video
  if (value === 'tweet_video' || value === 'amplify_video') return SUBTITLES_MEDIA_CATEGORY[value]
  throw invalidArgument(`videoCategory must be tweet_video or amplify_video (the videos X takes subtitles for), got ${describeValue(value)}.`)
}

export function assertLanguageCode(value: unknown): string {
  if (typeof value === 'string' && SUBTITLES_LANGUAGE_CODE.test(value)) return value
  throw invalidArgument(`languageCode must be two capital letters such as "EN", got ${describeValue(value)}.`)
}

export function assertDisplayName(value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '' && altTextLength(value) <= SUBTITLES_DISPLAY_NAME_MAX_LENGTH) return value
  throw invalidArgument(
    `displayName must be a name such as "English" of 1 to ${SUBTITLES_DISPLAY_NAME_MAX_LENGTH} characters, got ${describeValue(value)}.`,
  )
}

/**
 * Attach uploaded subtitles to an uploaded video, as JSON: v2 `POST /2/media/subtitles`
 * `{ id, media_category, subtitles: { id, language_code, display_name } }`, v1.1
 * `POST /1.1/media/subtitles/create.json` `{ media_id, media_category, subtitle_info:
 * { subtitles: [{ media_id, language_code, display_name }] } }`. `media_category` is the
 * video's, as X spells it there (`TweetVideo`, `AmplifyVideo`).
 *
 * @throws MediaUploadError `invalid-argument` for a bad id, category, language code or name.
 */
export function buildSubtitlesCreate(endpoint: ResolvedEndpoint, params: SubtitlesCreateParams): BuiltRequest {
  assertParams(params, 'buildSubtitlesCreate')
  const mediaId = assertMediaId(params.mediaId)
  const mediaCategory = assertVideoCategory(params.videoCategory)
  const subtitlesMediaId = assertMediaId(params.subtitlesMediaId, 'subtitlesMediaId')
  const languageCode = assertLanguageCode(params.languageCode)
  const displayName = assertDisplayName(params.displayName)
  const url = subtitlesUrl(endpoint, 'create')
  if (endpoint.dialect === 'v2') {
    return jsonPost(url, {
      id: mediaId,
      media_category: mediaCategory,
      subtitles: { id: subtitlesMediaId, language_code: languageCode, display_name: displayName },
    })
  }
  return jsonPost(url, {
    media_id: mediaId,
    media_category: mediaCategory,
    subtitle_info: { subtitles: [{ media_id: subtitlesMediaId, language_code: languageCode, display_name: displayName }] },
  })
}

/**
 * Remove a video's subtitles in one language: v2 `DELETE /2/media/subtitles`
 * `{ id, media_category, language_code }` (a JSON body), v1.1
 * `POST /1.1/media/subtitles/delete.json` `{ media_id, media_category, subtitle_info:
 * { subtitles: [{ language_code }] } }`.
 *
 * @throws MediaUploadError `invalid-argument` for a bad id, category or language code.
 */
export function buildSubtitlesDelete(endpoint: ResolvedEndpoint, params: SubtitlesDeleteParams): BuiltRequest {
  assertParams(params, 'buildSubtitlesDelete')
  const mediaId = assertMediaId(params.mediaId)
  const mediaCategory = assertVideoCategory(params.videoCategory)
  const languageCode = assertLanguageCode(params.languageCode)
  const url = subtitlesUrl(endpoint, 'delete')
  if (endpoint.dialect === 'v2') {
    return jsonPost(url, { id: mediaId, media_category: mediaCategory, language_code: languageCode }, 'DELETE')
  }
  return jsonPost(url, { media_id: mediaId, media_category: mediaCategory, subtitle_info: { subtitles: [{ language_code: languageCode }] } })
}
