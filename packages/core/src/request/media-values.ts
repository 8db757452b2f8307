import type { MediaCategory, ProcessingInfo } from '../types'

// The value sets of X's media API, shared by validation, parsing and draft revival.

/** X's ids: decimal strings of up to 19 digits (64-bit). */
export const MEDIA_ID_PATTERN = /^\d{1,19}$/

export const MEDIA_CATEGORIES: ReadonlySet<string> = new Set<MediaCategory>([
  'tweet_image',
  'tweet_gif',
  'tweet_video',
  'amplify_video',
  'dm_image',
  'dm_gif',
  'dm_video',
  'subtitles',
])

export const PROCESSING_STATES: ReadonlySet<string> = new Set<ProcessingInfo['state']>([
  'pending',
  'in_progress',
  'succeeded',
  'failed',
])
