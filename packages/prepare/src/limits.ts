import { MEDIA_LIMITS } from '@tweet-media/core'

/**
 * What X accepts, from its media best-practices page (see the package README for sources).
 * Every number can be replaced through {@link PrepareOptions.limits}.
 */
export const X_MEDIA_RULES = Object.freeze({
  photo: Object.freeze({
    maxBytes: MEDIA_LIMITS.imageBytes,
    /** X's last published bound ("≥ 4x4 and ≤ 8192x8192"). */
    maxWidth: 8192,
    maxHeight: 8192,
  }),
  gif: Object.freeze({
    maxBytes: MEDIA_LIMITS.gifBytes,
    maxWidth: 1280,
    maxHeight: 1080,
    maxFrames: 350,
    /** width × height × frames. */
    maxTotalPixels: 300_000_000,
  }),
  video: Object.freeze({
    maxBytes: MEDIA_LIMITS.videoBytes,
    minDurationSeconds: 0.5,
    maxDurationSeconds: 140,
    minWidth: 32,
    minHeight: 32,
    maxWidth: 1280,
    maxHeight: 1024,
    /** Width / height, from 1:3 to 3:1. */
    minAspectRatio: 1 / 3,
    maxAspectRatio: 3,
    maxFrameRate: 60,
  }),
})

/** The rules preparation checks against; every field of every group is optional in options. */
export type MediaRules = {
  -readonly [Group in keyof typeof X_MEDIA_RULES]: { -readonly [Key in keyof (typeof X_MEDIA_RULES)[Group]]: number }
}

/** Rules to use instead of X's, group by group and field by field. */
export type MediaRulesOverride = { [Group in keyof MediaRules]?: Partial<MediaRules[Group]> }

/** X's rules with the app's overrides applied. */
export function resolveRules(override: MediaRulesOverride = {}): MediaRules {
  return {
    photo: { ...X_MEDIA_RULES.photo, ...override.photo },
    gif: { ...X_MEDIA_RULES.gif, ...override.gif },
    video: { ...X_MEDIA_RULES.video, ...override.video },
  }
}
