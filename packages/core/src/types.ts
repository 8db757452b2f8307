/** Which of X's media APIs requests are built for. */
export type Dialect = 'v2' | 'v1.1'

/** X's `media_category` values (snake case, as X documents them today). */
export type MediaCategory =
  | 'tweet_image'
  | 'tweet_gif'
  | 'tweet_video'
  | 'amplify_video'
  | 'dm_image'
  | 'dm_gif'
  | 'dm_video'
  | 'subtitles'

/** What a post can hold: up to 4 images, or 1 animated GIF, or 1 video. */
export type MediaKind = 'image' | 'gif' | 'video'

/** Where requests go and which API shape they take. */
export interface EndpointConfig {
  /** Default `'v2'`: X deprecated the v1.1 media upload in 2025. */
  dialect?: Dialect
  /**
   * Origin (and optional path prefix) that replaces X's host, for example `'/api/x'` to
   * send everything through the app's own proxy. Defaults to `https://api.x.com` (v2) or
   * `https://upload.twitter.com` (v1.1).
   */
  baseUrl?: string
}

/** An {@link EndpointConfig} with every default applied. */
export interface ResolvedEndpoint {
  dialect: Dialect
  /** Without a trailing slash. */
  baseUrl: string
}

/** X's `processing_info`, in camel case. */
export interface ProcessingInfo {
  state: 'pending' | 'in_progress' | 'succeeded' | 'failed'
  /** Seconds to wait before asking STATUS again. */
  checkAfterSecs?: number
  /** 0–100; informative only, `state` decides. */
  progressPercent?: number
  error?: { code: number; name: string; message: string }
}

/**
 * A media id X handed out, with when it stops being usable. A plain JSON-safe value, so
 * a composer can keep it in a draft.
 */
export interface UploadedMedia {
  /** `media_id_string` (v1.1) or `data.id` (v2): never read through a JS number. */
  mediaId: string
  mediaKey?: string
  /** Epoch milliseconds after which X refuses the id (`expires_after_secs` + arrival). */
  expiresAt: number
  size?: number
  /** The MIME type that was uploaded. */
  mediaType?: string
  mediaCategory?: MediaCategory
  /** Alt text stored with `metadata/create`, when there is some. */
  altText?: string
  processingInfo?: ProcessingInfo
}
