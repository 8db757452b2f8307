import { describe, expect, it } from 'vitest'
import { rejectionOf, thrownBy } from '../../test/test-errors'
import { checkSubtitlesText, inspectSubtitles, SUBTITLES_MAX_BYTES } from './subtitles-file'
import { SRT_TEXT as SRT, VTT_TEXT as VTT } from '../../test/test-media'


describe('checkSubtitlesText', () => {
  it('reads SRT and WebVTT cues', () => {
    expect(checkSubtitlesText(SRT)).toEqual({ format: 'srt', cueCount: 2 })
    expect(checkSubtitlesText(VTT)).toEqual({ format: 'vtt', cueCount: 2 })
    expect(checkSubtitlesText(`\uFEFF${VTT}`)).toEqual({ format: 'vtt', cueCount: 2 })
  })

  it.each([
    ['an SRT cue without its number', '00:00:01,000 --> 00:00:04,000\nHi\n', 'The subtitles are not well-formed SRT: line 1: expected the number of a cue, got "00:00:01,000 --> 00:00:04,000".'],
    ['an SRT timing with a dot', '1\n00:00:01.000 --> 00:00:04.000\nHi\n', 'The subtitles are not well-formed SRT: line 2: expected a timing line such as "00:00:01,000 --> 00:00:04,000", got "00:00:01.000 --> 00:00:04.000".'],
    ['an SRT cue without text', '1\n00:00:01,000 --> 00:00:04,000\n\n2\n00:00:05,000 --> 00:00:06,000\nHi\n', 'The subtitles are not well-formed SRT: line 2: a cue needs text after its timing line, got "00:00:01,000 --> 00:00:04,000".'],
    ['a cue that ends before it starts', '1\n00:00:04,000 --> 00:00:01,000\nHi\n', 'The subtitles are not well-formed SRT: line 2: a cue must end after it starts, got "00:00:04,000 --> 00:00:01,000".'],
    ['sixty minutes', '1\n00:60:00,000 --> 01:00:01,000\nHi\n', expect.stringContaining('line 2: expected a timing line')],
    ['no cues at all', '\n\n', 'The subtitles are not well-formed SRT: there are no cues.'],
    ['a WebVTT header and nothing else', 'WEBVTT\n', 'The subtitles are not well-formed WebVTT: there are no cues.'],
    ['a WebVTT cue with a bad timing', 'WEBVTT\n\n00:01 --> 00:04\nHi\n', 'The subtitles are not well-formed WebVTT: line 3: expected a timing line such as "00:01.000 --> 00:04.000", got "00:01 --> 00:04".'],
    ['WEBVTT glued to a word', 'WEBVTTX\n\n00:01.000 --> 00:04.000\nHi\n', expect.stringContaining('not well-formed SRT: line 1')],
  ])('refuses %s', (_name, text, message) => {
    expect(thrownBy(() => checkSubtitlesText(text))).toMatchObject({ code: 'invalid-subtitles', message })
  })

  it('holds a file declared as WebVTT to its header', () => {
    expect(thrownBy(() => checkSubtitlesText('00:01.000 --> 00:04.000\nHi\n', 'vtt')).message).toBe(
      'The subtitles are not well-formed WebVTT: line 1: a WebVTT file starts with "WEBVTT", got "00:01.000 --> 00:04.000".',
    )
  })
})

describe('inspectSubtitles', () => {
  it('returns the format, the media type to upload with and the cues', async () => {
    expect(await inspectSubtitles(new File([SRT], 'dog.srt'))).toEqual({ format: 'srt', mediaType: 'text/srt', cueCount: 2, size: SRT.length, name: 'dog.srt' })
    expect(await inspectSubtitles(new Blob([VTT], { type: 'text/vtt' }))).toMatchObject({ format: 'vtt', mediaType: 'text/vtt' })
  })

  it('refuses an empty file, one over the limit and one that is not UTF-8', async () => {
    expect(await rejectionOf(inspectSubtitles(new File([], 'dog.srt')))).toMatchObject({ code: 'invalid-subtitles', message: '"dog.srt" is empty.' })
    const large = new File([SRT, ' '.repeat(2 * SUBTITLES_MAX_BYTES)], 'dog.srt')
    expect((await rejectionOf(inspectSubtitles(large))).message).toBe('"dog.srt" is 2 MB; subtitles can be at most 1 MB.')
    expect((await rejectionOf(inspectSubtitles(new File([SRT], 'dog.srt'), { maxBytes: 10 }))).message).toContain('at most 10 bytes')
    const latin1 = new File([new Uint8Array([0x31, 0x0a, 0xe9, 0xff])], 'dog.srt')
    expect(await rejectionOf(inspectSubtitles(latin1))).toMatchObject({ code: 'invalid-subtitles', message: '"dog.srt" is not UTF-8 text.' })
  })

  it('refuses a .vtt file without its header', async () => {
    expect((await rejectionOf(inspectSubtitles(new File([SRT], 'dog.vtt')))).message).toContain('a WebVTT file starts with "WEBVTT"')
  })
})
