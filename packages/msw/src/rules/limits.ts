/** 1 MB as X counts it: its v2 reference states 512 MB as 536,870,912 bytes. */
export const MB = 1_048_576

/** Largest v1.1 `APPEND` segment (and the size X asks v2 clients to stay under). */
export const MAX_V1_SEGMENT_BYTES = 5 * MB
/** Largest v2 `append` segment the server accepts. */
export const MAX_V2_SEGMENT_BYTES = 8 * MB
/** `segment_index` runs from 0 to this value inclusive (1,000 segments). */
export const MAX_SEGMENT_INDEX = 999
/** Alt text limit, counted in code points. */
export const MAX_ALT_TEXT_LENGTH = 1000
/** `additional_owners` may list at most this many user ids. */
export const MAX_ADDITIONAL_OWNERS = 100

/** What a media item is, which decides its size limit, media key and processing. */
export type MediaKind = 'image' | 'gif' | 'video' | 'subtitles'

/** Largest upload per kind (media best practices: images 5 MB, GIF 15 MB, video 512 MB). */
export const MAX_BYTES: Record<MediaKind, number> = {
  image: 5 * MB,
  gif: 15 * MB,
  video: 512 * MB,
  subtitles: 5 * MB,
}

/** X's media categories, in the snake_case spelling. */
export const MEDIA_CATEGORIES = [
  'tweet_image',
  'tweet_gif',
  'tweet_video',
  'amplify_video',
  'dm_image',
  'dm_gif',
  'dm_video',
  'subtitles',
] as const

/** One of X's media categories. */
export type MediaCategory = (typeof MEDIA_CATEGORIES)[number]

const CATEGORY_KIND: Record<MediaCategory, MediaKind> = {
  tweet_image: 'image',
  dm_image: 'image',
  tweet_gif: 'gif',
  dm_gif: 'gif',
  tweet_video: 'video',
  amplify_video: 'video',
  dm_video: 'video',
  subtitles: 'subtitles',
}

const TYPE_KIND: Record<string, MediaKind> = {
  'image/jpeg': 'image',
  'image/pjpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/bmp': 'image',
  'image/tiff': 'image',
  'image/gif': 'image',
  'video/mp4': 'video',
  'video/quicktime': 'video',
  'video/webm': 'video',
  'video/mp2t': 'video',
  'text/srt': 'subtitles',
  'text/vtt': 'subtitles',
}

/**
 * Reads `media_category` in either spelling X accepts (`tweet_video` or `TweetVideo`);
 * `undefined` when it is none of X's categories.
 */
export function parseMediaCategory(raw: string): MediaCategory | undefined {
  const snake = raw.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
  return (MEDIA_CATEGORIES as readonly string[]).includes(snake) ? (snake as MediaCategory) : undefined
}

/** The kind a MIME type names, or `undefined` for a type X does not take. */
export function kindOfMediaType(mediaType: string): MediaKind | undefined {
  return TYPE_KIND[mediaType.toLowerCase()]
}

/**
 * The kind of an upload from its type and category: `image/gif` is an animated GIF only
 * when the category says so (`tweet_gif`, `dm_gif`); `undefined` when they contradict.
 */
export function resolveKind(mediaType: string, category: MediaCategory | undefined): MediaKind | undefined {
  const typeKind = kindOfMediaType(mediaType)
  if (!typeKind || !category) return typeKind
  const categoryKind = CATEGORY_KIND[category]
  if (categoryKind === typeKind) return typeKind
  if (categoryKind === 'gif' && mediaType.toLowerCase() === 'image/gif') return 'gif'
  return undefined
}

/**
 * The media key prefix X uses: 3 for images, 16 for animated GIFs, 7 for video and 13 for
 * `amplify_video`.
 */
export function mediaKeyPrefix(kind: MediaKind, category: MediaCategory | undefined): number {
  if (kind === 'gif') return 16
  if (kind === 'video') return category === 'amplify_video' ? 13 : 7
  return 3
}
