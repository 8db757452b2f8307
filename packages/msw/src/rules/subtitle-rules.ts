import type { MediaRecord } from '../store/media-record'
import type { SubtitleTrack } from '../store/types'
import { parseMediaCategory } from './limits'
import type { MediaRules } from './media-rules'
import { required } from './parse-params'
import { RuleViolation, invalidParameter } from './rule-violation'

/** `language_code`: two capital letters, as X's subtitles endpoints require. */
const LANGUAGE_CODE = /^[A-Z]{2}$/

/** The categories a video with subtitles may have, as X names them in subtitle answers. */
const SUBTITLE_VIDEO_CATEGORIES = { tweet_video: 'TweetVideo', amplify_video: 'AmplifyVideo' } as const

/** A track as a request names it, before validation. */
export interface SubtitleTrackParams {
  mediaId: string | undefined
  languageCode: string | undefined
  displayName: string | undefined
}

function languageCode(raw: string | undefined): string {
  const code = required('language_code', raw)
  if (!LANGUAGE_CODE.test(code)) throw invalidParameter('language_code', code)
  return code
}

/** `media_category` of a subtitles request: the video's category, `TweetVideo` or `AmplifyVideo` (either spelling). */
function videoCategory(raw: string | undefined): string {
  const category = parseMediaCategory(required('media_category', raw))
  if (category !== 'tweet_video' && category !== 'amplify_video') throw invalidParameter('media_category', raw ?? '')
  return SUBTITLE_VIDEO_CATEGORIES[category]
}

function assertFinalized(record: MediaRecord): void {
  if (record.state !== 'finalized') {
    throw new RuleViolation('media-not-ready', `Media id ${record.id} has not been finalized.`, 'media_id', record.id)
  }
}

/**
 * X's subtitle rules over the media rules: the video must exist, be a finalized video and
 * belong to the caller; each track must be finalized media of the `subtitles` category the
 * caller may use, with a two-letter capital language code. A track replaces the one of
 * the same language.
 */
export class SubtitleRules {
  constructor(private readonly media: MediaRules) {}

  private video(principal: string, videoId: string | undefined): MediaRecord {
    const record = this.media.usable(principal, videoId)
    if (record.kind !== 'video') {
      throw new RuleViolation('wrong-media-kind', `Media id ${record.id} is not a video.`, 'media_id', record.id)
    }
    assertFinalized(record)
    return record
  }

  private track(principal: string, params: SubtitleTrackParams): SubtitleTrack {
    const file = this.media.usable(principal, params.mediaId)
    if (file.kind !== 'subtitles') {
      throw new RuleViolation('wrong-media-kind', `Media id ${file.id} is not a subtitles file.`, 'subtitles.id', file.id)
    }
    assertFinalized(file)
    return { mediaId: file.id, languageCode: languageCode(params.languageCode), displayName: params.displayName ?? '' }
  }

  /** Attaches tracks to a video; returns the video and the category as X writes it back. */
  attach(principal: string, videoId: string | undefined, category: string | undefined, tracks: readonly SubtitleTrackParams[]): { video: MediaRecord; category: string } {
    const video = this.video(principal, videoId)
    const xCategory = videoCategory(category)
    if (tracks.length === 0) throw new RuleViolation('missing-parameter', 'subtitles parameter is missing.', 'subtitles')
    // Every track is checked before any is attached: a refused request changes nothing.
    const checked = tracks.map((track) => this.track(principal, track))
    for (const track of checked) video.subtitles.set(track.languageCode, track)
    return { video, category: xCategory }
  }

  /** Removes the tracks of these languages from a video (each must be attached). */
  detach(principal: string, videoId: string | undefined, category: string | undefined, languageCodes: readonly (string | undefined)[]): MediaRecord {
    const video = this.video(principal, videoId)
    videoCategory(category)
    if (languageCodes.length === 0) throw new RuleViolation('missing-parameter', 'language_code parameter is missing.', 'language_code')
    const codes = languageCodes.map(languageCode)
    for (const code of codes) {
      if (!video.subtitles.has(code)) {
        throw new RuleViolation('subtitles-not-found', `Media id ${video.id} has no subtitles in ${code}.`, 'language_code', code)
      }
    }
    for (const code of codes) video.subtitles.delete(code)
    return video
  }
}
