import type { ProcessingInfo } from '../types'
import { MediaUploadError } from './media-upload-error'

/** X's reason for a failed processing, as kept on a `processing-failed` {@link MediaUploadError}. */
export interface XProcessingError {
  /** X's numeric code, e.g. `3`. */
  xCode?: number | undefined
  /** X's error name, e.g. `'UnsupportedMedia'`. */
  xName?: string | undefined
  /** X's message, e.g. `'file is currently unsupported'`. */
  xMessage?: string | undefined
}

/**
 * X's reason for a failed processing in plain words. `text` completes a sentence such as
 * "X could not process clip.mp4: …" (it starts in lower case and has no final stop).
 */
export type ProcessingFailureReason =
  /** "Duration 2.minutes+29.seconds+350.milliseconds exceeds max duration of 2.minutes+20.seconds" */
  | { kind: 'too-long'; durationSecs: number; maxDurationSecs: number; text: string }
  /** `InvalidMedia` "file is invalid": damaged, or not what its type says. */
  | { kind: 'invalid-media'; text: string }
  /** `UnsupportedMedia` "file is currently unsupported": a codec, profile or format X does not take. */
  | { kind: 'unsupported-media'; text: string }
  /** Anything else: X's own message, unchanged (or a generic sentence when X gave none). */
  | { kind: 'other'; text: string }

// X writes durations as Scala does: "2.minutes+29.seconds+350.milliseconds".
const DURATION_PART = /^(\d{1,9}(?:\.\d{1,9})?)\.(hours?|minutes?|seconds?|milliseconds?)$/
const UNIT_SECONDS: Record<string, number> = { hour: 3600, minute: 60, second: 1, millisecond: 0.001 }
const TOO_LONG = /^Duration (\S{1,200}) exceeds max duration of (\S{1,200})$/

/** Seconds in one of X's duration texts; `undefined` when it is not one. */
function readDuration(text: string): number | undefined {
  let seconds = 0
  for (const part of text.split('+')) {
    const match = DURATION_PART.exec(part)
    if (match === null) return undefined
    const [, amount, unit] = match as unknown as [string, string, string]
    seconds += Number(amount) * (UNIT_SECONDS[unit.replace(/s$/, '')] ?? Number.NaN)
  }
  return Number.isFinite(seconds) ? Math.round(seconds * 1000) / 1000 : undefined
}

/** "2 min 29 s", "45 s", "1 h 2 min 0 s"; whole seconds unless `exact`. */
export function formatDuration(seconds: number, exact = false): string {
  const shown = exact ? Math.round(seconds * 10) / 10 : Math.floor(seconds)
  const hours = Math.floor(shown / 3600)
  const minutes = Math.floor((shown % 3600) / 60)
  const rest = Math.round((shown % 60) * 10) / 10
  return [...(hours > 0 ? [`${hours} h`] : []), ...(hours > 0 || minutes > 0 ? [`${minutes} min`] : []), `${rest} s`].join(' ')
}

function tooLong(durationSecs: number, maxDurationSecs: number): ProcessingFailureReason {
  // Whole seconds could read "2 min 20 s long; X takes up to 2 min 20 s": show tenths then.
  const exact = Math.floor(durationSecs) <= maxDurationSecs
  return {
    kind: 'too-long',
    durationSecs,
    maxDurationSecs,
    text: `it is ${formatDuration(durationSecs, exact)} long; X takes up to ${formatDuration(maxDurationSecs, exact)}`,
  }
}

/**
 * Turns X's reason for a failed processing (`xCode`, `xName`, `xMessage` of a
 * `processing-failed` error, or any object with them) into a structured reason with plain
 * words. Knows X's messages seen in production; anything else keeps X's own message.
 * Pure; never throws.
 *
 * @example
 * ```ts
 * const reason = explainProcessingError(error)
 * // { kind: 'too-long', durationSecs: 149.35, maxDurationSecs: 140,
 * //   text: 'it is 2 min 29 s long; X takes up to 2 min 20 s' }
 * show(`X could not process ${file.name}: ${reason.text}.`)
 * ```
 */
export function explainProcessingError(error: XProcessingError): ProcessingFailureReason {
  const given = typeof error.xMessage === 'string' ? error.xMessage.trim() : ''
  // The parsers' stand-in when X's error had no message says nothing of X's.
  const message = /^X could not process the media\.?$/.test(given) ? '' : given
  const long = TOO_LONG.exec(message)
  if (long !== null) {
    const duration = readDuration(long[1] as string)
    const max = readDuration(long[2] as string)
    if (duration !== undefined && max !== undefined) return tooLong(duration, max)
  }
  if (/^file is invalid\.?$/i.test(message) || (message === '' && error.xName === 'InvalidMedia')) {
    return { kind: 'invalid-media', text: 'X found the file invalid (damaged, or not the format its type says)' }
  }
  if (/^file is currently unsupported\.?$/i.test(message) || (message === '' && error.xName === 'UnsupportedMedia')) {
    return {
      kind: 'unsupported-media',
      text: 'X does not support how this file is encoded (X takes H.264 video in yuv420p with AAC-LC audio)',
    }
  }
  return { kind: 'other', text: message === '' ? 'X gave no reason' : message.replace(/[.!?]$/, '') }
}

/**
 * The `processing-failed` error for a `processing_info` that ended in failure (`state:
 * 'failed'`, or an `error` while `state` still reads `in_progress`): X's reason kept as
 * `xCode`, `xName`, `xMessage`, and in plain words in the message.
 */
export function processingFailedError(info: ProcessingInfo): MediaUploadError {
  const said: XProcessingError = {
    ...(info.error?.code === undefined ? {} : { xCode: info.error.code }),
    ...(info.error?.name ? { xName: info.error.name } : {}),
    ...(info.error?.message ? { xMessage: info.error.message } : {}),
  }
  const label = [said.xCode === undefined ? [] : [`X code ${said.xCode}`], said.xName ?? []].flat().join(', ')
  const message = `X could not process the media: ${explainProcessingError(said).text}${label === '' ? '' : ` (${label})`}.`
  return new MediaUploadError('processing-failed', message, said)
}
