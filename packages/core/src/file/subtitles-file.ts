import { describeValue } from '../errors/invalid-argument'
import { MediaUploadError } from '../errors/media-upload-error'
import { formatBytes } from './format-bytes'
import { MB } from './limits'

/**
 * Largest subtitles file accepted, in bytes: 1 MB. X does not document a limit; a feature
 * film's subtitles take about 100 KB, and 1 MB always fits in one `APPEND` segment.
 */
export const SUBTITLES_MAX_BYTES = MB

/** The two subtitle formats X takes. */
export type SubtitlesFormat = 'srt' | 'vtt'

/** A subtitles file checked before upload. */
export interface InspectedSubtitles {
  format: SubtitlesFormat
  /** What `INIT` is sent with: `text/srt` or `text/vtt`. */
  mediaType: 'text/srt' | 'text/vtt'
  /** Cues (timed texts) in the file: at least one. */
  cueCount: number
  size: number
  /** `File.name`, when the Blob is a File. User text: render it as text. */
  name?: string
}

/** Options of {@link inspectSubtitles}. */
export interface InspectSubtitlesOptions {
  /** A lower limit of the app's own; default {@link SUBTITLES_MAX_BYTES}. */
  maxBytes?: number
}

const MEDIA_TYPE: Record<SubtitlesFormat, InspectedSubtitles['mediaType']> = { srt: 'text/srt', vtt: 'text/vtt' }
const VTT_HEADER = /^WEBVTT(?:[ \t].*)?$/
const VTT_SKIPPED_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t].*)?$/
// Hours are optional in WebVTT (mm:ss.ttt) and required in SRT (hh:mm:ss,ttt).
const VTT_TIME = '(?:(\\d{2,4}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})'
const SRT_TIME = '(\\d{2,4}):([0-5]\\d):([0-5]\\d),(\\d{3})'
const VTT_TIMING = new RegExp(`^${VTT_TIME}[ \\t]+-->[ \\t]+${VTT_TIME}(?:[ \\t].*)?$`)
const SRT_TIMING = new RegExp(`^${SRT_TIME}[ \\t]+-->[ \\t]+${SRT_TIME}(?:[ \\t].*)?$`)
const SRT_INDEX = /^\d{1,9}$/

/** A run of non-blank lines, with the 1-based number of its first line. */
interface Block {
  firstLine: number
  lines: string[]
}

function blocksOf(lines: string[]): Block[] {
  const blocks: Block[] = []
  let current: Block | undefined
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      current = undefined
      return
    }
    if (current === undefined) {
      current = { firstLine: index + 1, lines: [] }
      blocks.push(current)
    }
    current.lines.push(line)
  })
  return blocks
}

const milliseconds = (parts: (string | undefined)[]): number => {
  const [hours, minutes, seconds, millis] = parts.map((part) => Number(part ?? 0)) as [number, number, number, number]
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis
}

class SubtitlesProblem extends Error {}

function problemAt(line: number, what: string, got: string): SubtitlesProblem {
  return new SubtitlesProblem(`line ${line}: ${what}, got ${describeValue(got)}`)
}

/** Checks one timing line; the cue must end after it starts. */
function checkTiming(timing: RegExp, line: string, lineNumber: number, example: string): void {
  const match = timing.exec(line.trim())
  if (match === null) throw problemAt(lineNumber, `expected a timing line such as "${example}"`, line)
  if (milliseconds(match.slice(5, 9)) <= milliseconds(match.slice(1, 5))) {
    throw problemAt(lineNumber, 'a cue must end after it starts', line)
  }
}

function countVttCues(blocks: Block[]): number {
  let cues = 0
  // The first block is the header (WEBVTT and optional header lines).
  for (const block of blocks.slice(1)) {
    const [first = ''] = block.lines
    if (VTT_SKIPPED_BLOCK.test(first)) continue
    // An optional cue identifier, then the timing line.
    const timingAt = first.includes('-->') ? 0 : 1
    checkTiming(VTT_TIMING, block.lines[timingAt] ?? '', block.firstLine + timingAt, '00:01.000 --> 00:04.000')
    cues++
  }
  return cues
}

function countSrtCues(blocks: Block[]): number {
  for (const block of blocks) {
    const [index = '', timing = ''] = block.lines
    if (!SRT_INDEX.test(index.trim())) throw problemAt(block.firstLine, 'expected the number of a cue', index)
    checkTiming(SRT_TIMING, timing, block.firstLine + 1, '00:00:01,000 --> 00:00:04,000')
    if (block.lines.length < 3) throw problemAt(block.firstLine + 1, 'a cue needs text after its timing line', timing)
  }
  return blocks.length
}

/**
 * Checks the text of an SRT or WebVTT file: WebVTT when it starts with `WEBVTT` (or when
 * `declared` says vtt, which then must), SRT otherwise. Every cue must be well-formed:
 * SRT `1` / `00:00:01,000 --> 00:00:04,000` / text; WebVTT an optional identifier and
 * `00:01.000 --> 00:04.000` (hours optional); each ends after it starts; at least one cue.
 * Linear in the text.
 *
 * @returns The format and the number of cues.
 * @throws MediaUploadError `invalid-subtitles` naming the line at fault.
 */
export function checkSubtitlesText(text: string, declared?: SubtitlesFormat): { format: SubtitlesFormat; cueCount: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const format: SubtitlesFormat = VTT_HEADER.test(lines[0] ?? '') ? 'vtt' : declared === 'vtt' ? 'vtt' : 'srt'
  try {
    if (format === 'vtt' && !VTT_HEADER.test(lines[0] ?? '')) throw problemAt(1, 'a WebVTT file starts with "WEBVTT"', lines[0] ?? '')
    const blocks = blocksOf(lines)
    const cueCount = format === 'vtt' ? countVttCues(blocks) : countSrtCues(blocks)
    if (cueCount === 0) throw new SubtitlesProblem('there are no cues')
    return { format, cueCount }
  } catch (error) {
    if (!(error instanceof SubtitlesProblem)) throw error
    throw new MediaUploadError('invalid-subtitles', `The subtitles are not well-formed ${format === 'vtt' ? 'WebVTT' : 'SRT'}: ${error.message}.`)
  }
}

/** The format a file's name or declared type names, if any. */
function declaredFormat(file: Blob): SubtitlesFormat | undefined {
  const name = file instanceof File ? file.name.toLowerCase() : ''
  if (file.type === 'text/vtt' || name.endsWith('.vtt')) return 'vtt'
  if (file.type === 'text/srt' || file.type === 'application/x-subrip' || name.endsWith('.srt')) return 'srt'
  return undefined
}

/**
 * Check a subtitles file before anything is sent: UTF-8 text of SRT or WebVTT cues (see
 * {@link checkSubtitlesText}), not empty, at most {@link SUBTITLES_MAX_BYTES} (1 MB).
 *
 * @throws MediaUploadError `invalid-subtitles`, the reason (and the line) in the message.
 * @example
 * ```ts
 * const { mediaType, cueCount } = await inspectSubtitles(input.files[0])
 * ```
 */
export async function inspectSubtitles(file: Blob, options: InspectSubtitlesOptions = {}): Promise<InspectedSubtitles> {
  const name = file instanceof File ? file.name : undefined
  const label = name === undefined ? 'The subtitles file' : `"${name}"`
  const maxBytes = options.maxBytes ?? SUBTITLES_MAX_BYTES
  if (file.size === 0) throw new MediaUploadError('invalid-subtitles', `${label} is empty.`)
  if (file.size > maxBytes) {
    throw new MediaUploadError('invalid-subtitles', `${label} is ${formatBytes(file.size)}; subtitles can be at most ${formatBytes(maxBytes)}.`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer())
  } catch (cause) {
    throw new MediaUploadError('invalid-subtitles', `${label} is not UTF-8 text.`, { cause })
  }
  const { format, cueCount } = checkSubtitlesText(text, declaredFormat(file))
  return { format, mediaType: MEDIA_TYPE[format], cueCount, size: file.size, ...(name === undefined ? {} : { name }) }
}
