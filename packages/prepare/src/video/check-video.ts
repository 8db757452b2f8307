import { formatBytes } from '@tweet-media/core'
import { formatDuration } from '../describe-values'
import type { MediaRules } from '../limits'
import { MediaRuleError, type MediaRule } from '../media-rule-error'
import type { VideoFacts } from './video-facts'

/** How a broken rule can be mended: by transcoding, by trimming, or not at all. */
export type VideoRemedy = 'transcode' | 'trim' | 'none'

/** One broken rule, ready to throw, and what could mend it. */
export interface VideoViolation {
  error: MediaRuleError
  remedy: VideoRemedy
}

const CONTAINERS = new Set(['video/mp4', 'video/quicktime'])

/**
 * Every rule of X's video table that `facts` break, in the order people care about
 * (what cannot be fixed first). `label` names the file in messages (user text).
 */
export function findVideoViolations(facts: VideoFacts, size: number, rules: MediaRules['video'], label: string): VideoViolation[] {
  const found: VideoViolation[] = []
  const add = (rule: MediaRule, remedy: VideoRemedy, message: string, value: number | string, limit: number | string): void => {
    found.push({ error: new MediaRuleError(rule, message, { value, limit }), remedy })
  }
  const { durationSeconds: duration, width, height } = facts
  if (duration > rules.maxDurationSeconds) {
    add('video-duration', 'trim', `${label} is ${formatDuration(duration)} long; X takes videos up to ${formatDuration(rules.maxDurationSeconds)}.`, duration, rules.maxDurationSeconds)
  }
  if (duration < rules.minDurationSeconds) {
    add('video-duration', 'none', `${label} is ${formatDuration(duration)} long; X takes videos of at least ${formatDuration(rules.minDurationSeconds)}.`, duration, rules.minDurationSeconds)
  }
  const aspect = height === 0 ? 0 : width / height
  if (aspect < rules.minAspectRatio || aspect > rules.maxAspectRatio) {
    add('video-aspect-ratio', 'none', `${label} is ${width}×${height} (aspect ratio ${aspect.toFixed(2)}); X takes aspect ratios from 1:3 to 3:1.`, aspect, `${rules.minAspectRatio}-${rules.maxAspectRatio}`)
  }
  if (width < rules.minWidth || height < rules.minHeight) {
    add('video-dimensions', 'none', `${label} is ${width}×${height}; X takes videos of at least ${rules.minWidth}×${rules.minHeight}.`, `${width}x${height}`, `${rules.minWidth}x${rules.minHeight}`)
  }
  if (size > rules.maxBytes) {
    add('video-size', 'none', `${label} is ${formatBytes(size)}; X takes videos up to ${formatBytes(rules.maxBytes)}.`, size, rules.maxBytes)
  }
  if (!CONTAINERS.has(facts.container)) {
    add('video-container', 'transcode', `${label} is a ${facts.container} file; X takes MP4 and MOV videos.`, facts.container, 'video/mp4')
  }
  if (facts.videoCodec !== 'avc') {
    add('video-codec', 'transcode', `${label} is encoded with ${facts.videoCodec ?? 'an unknown codec'}; X takes H.264 video.`, facts.videoCodec ?? 'unknown', 'avc')
  } else if (facts.bitDepth !== 8 || facts.chroma !== '4:2:0') {
    const format = `${facts.bitDepth}-bit ${facts.chroma}`
    add('video-pixel-format', 'transcode', `${label} is ${format} video${facts.profile ? ` (H.264 ${facts.profile})` : ''}; X takes 8-bit 4:2:0 (yuv420p) only.`, format, '8-bit 4:2:0')
  }
  if (width > rules.maxWidth || height > rules.maxHeight) {
    add('video-dimensions', 'transcode', `${label} is ${width}×${height}; X takes videos up to ${rules.maxWidth}×${rules.maxHeight}.`, `${width}x${height}`, `${rules.maxWidth}x${rules.maxHeight}`)
  }
  if (facts.frameRate > rules.maxFrameRate + 0.5) {
    add('video-frame-rate', 'transcode', `${label} runs at ${Math.round(facts.frameRate)} fps; X takes up to ${rules.maxFrameRate} fps.`, facts.frameRate, rules.maxFrameRate)
  }
  if (facts.audioCodec !== undefined && !isAacLc(facts)) {
    const name = facts.audioCodecString ?? facts.audioCodec
    add('audio-codec', 'transcode', `${label} has ${name} audio; X takes AAC-LC audio.`, name, 'mp4a.40.2')
  }
  return found.sort((a, b) => rank(a.remedy) - rank(b.remedy))
}

const rank = (remedy: VideoRemedy): number => (remedy === 'none' ? 0 : remedy === 'trim' ? 1 : 2)

function isAacLc(facts: VideoFacts): boolean {
  if (facts.audioCodec !== 'aac') return false
  const objectType = /^mp4a\.40\.(\d+)/.exec(facts.audioCodecString ?? '')?.[1]
  return objectType === undefined || objectType === '2'
}

/** Throws the first violation (for callers that mend nothing). */
export function throwFirst(violations: readonly VideoViolation[]): void {
  const first = violations[0]
  if (first !== undefined) throw first.error
}
