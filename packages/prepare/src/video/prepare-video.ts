import type { PreparationStep, PreparedMedia } from '@tweet-media/core'
import { fileLabel, formatDuration } from '../describe-values'
import type { MediaRules } from '../limits'
import { MediaRuleError } from '../media-rule-error'
import type { StepContext } from '../photo/prepare-photo'
import { preparedFile } from '../prepared-file'
import { failureReason, runInWorker } from '../worker/run-in-worker'
import { findVideoViolations } from './check-video'
import type { VideoFacts } from './video-facts'

const even = (value: number): number => Math.max(2, Math.floor(value / 2) * 2)

/** The output size: the video scaled into the box, aspect kept, even sides (H.264 4:2:0). */
function targetSize(facts: VideoFacts, rules: MediaRules['video']): { width: number; height: number } {
  const scale = Math.min(1, rules.maxWidth / facts.width, rules.maxHeight / facts.height)
  return { width: even(facts.width * scale), height: even(facts.height * scale) }
}

const codecLabel = (facts: VideoFacts): string => `${facts.videoCodec ?? 'video'} in ${facts.container}`

/**
 * A video checked against X's table from its headers (in milliseconds, before a byte is
 * sent). One that breaks only mendable rules is transcoded (and trimmed when the app opts
 * in) where WebCodecs can; otherwise the first broken rule is thrown with the file's value.
 */
export async function prepareVideo(file: Blob, rules: MediaRules['video'], context: StepContext): Promise<PreparedMedia> {
  const worker = { signal: context.signal, createWorker: context.options.createWorker }
  const facts = await runInWorker({ op: 'probe-video', file }, { ...worker, onProgress: undefined })
  const original = { type: file.type || facts.container, size: file.size, width: facts.width, height: facts.height }
  const violations = findVideoViolations(facts, file.size, rules, fileLabel(file))
  if (violations.length === 0) return { file, steps: [], original }
  const [first] = violations
  const trim = violations.some((violation) => violation.remedy === 'trim')
  if (first === undefined || first.remedy === 'none' || (trim && !context.options.trimVideos) || !context.options.transcodeVideos) {
    throw first?.error
  }
  const size = targetSize(facts, rules)
  const frameRate = facts.frameRate > rules.maxFrameRate + 0.5 ? rules.maxFrameRate : undefined
  let blob: Blob
  try {
    blob = await runInWorker(
      { op: 'transcode-video', file, ...size, frameRate, endSeconds: trim ? rules.maxDurationSeconds : undefined },
      { ...worker, onProgress: context.onProgress },
    )
  } catch (error) {
    const reason = failureReason(error)
    if (reason !== 'cannot-encode' && reason !== 'cannot-decode') throw error
    // Say what X refuses, and why it was not converted here.
    const { rule, value, limit, message } = first.error
    throw new MediaRuleError(rule, `${message} This browser cannot convert it: ${(error as Error).message}.`, { value, limit })
  }
  const steps: PreparationStep[] = [{ code: 'transcoded', from: codecLabel(facts), to: 'H.264/AAC MP4' }]
  if (size.width < facts.width) steps.push({ code: 'resized', from: `${facts.width}x${facts.height}`, to: `${size.width}x${size.height}` })
  if (trim) steps.push({ code: 'trimmed', from: formatDuration(facts.durationSeconds), to: formatDuration(rules.maxDurationSeconds) })
  return { file: preparedFile(file, [blob], 'video/mp4'), steps, original }
}
