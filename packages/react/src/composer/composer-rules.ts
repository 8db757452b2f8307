import type { MediaKind } from '@tweet-media/core'
import type { PostRuleCode } from './media-rejection'

/** How many items of each kind one post may hold. */
export interface ComposerRules {
  /** Default 4. */
  maxImages: number
  /** Default 1. */
  maxGifs: number
  /** Default 1. */
  maxVideos: number
}

/** X's rules: up to 4 photos, or 1 animated GIF, or 1 video per post. */
export const X_COMPOSER_RULES: ComposerRules = { maxImages: 4, maxGifs: 1, maxVideos: 1 }

const limitOf = (rules: ComposerRules, kind: MediaKind): number =>
  kind === 'image' ? rules.maxImages : kind === 'gif' ? rules.maxGifs : rules.maxVideos

/**
 * Decide, in order, which new media fit in a post that already holds `current`.
 * Returns `null` for a candidate that fits, else the rule it breaks. Each candidate is
 * judged against the post as it would be after the ones before it were added, so one
 * surplus file never refuses the whole drop.
 *
 * @example
 * ```ts
 * checkComposerRules(['image'], ['image', 'video']) // [null, 'mixed-media']
 * ```
 */
export function checkComposerRules(
  current: readonly MediaKind[],
  candidates: readonly MediaKind[],
  rules: ComposerRules = X_COMPOSER_RULES,
): Array<PostRuleCode | null> {
  const post = [...current]
  return candidates.map((kind) => {
    if (post.some((existing) => existing !== kind)) return 'mixed-media'
    if (post.length >= limitOf(rules, kind)) return 'too-many-files'
    post.push(kind)
    return null
  })
}

/**
 * When a post holding `current` can take nothing more (its kind is at its limit, and no
 * other kind may join it), the kind and its limit; else `undefined`.
 *
 * @example
 * ```ts
 * postIsFull(['video']) // { kind: 'video', max: 1 }
 * ```
 */
export function postIsFull(
  current: readonly MediaKind[],
  rules: ComposerRules = X_COMPOSER_RULES,
): { kind: MediaKind; max: number } | undefined {
  const kind = current[0]
  if (kind === undefined) return undefined
  const max = limitOf(rules, kind)
  return current.length >= max ? { kind, max } : undefined
}
