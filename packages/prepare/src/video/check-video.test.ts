import { describe, expect, it } from 'vitest'
import { resolveRules, X_MEDIA_RULES } from '../limits'
import { findVideoViolations } from './check-video'
import { h264ProfileOf, readAvcFormat, type VideoFacts } from './video-facts'

const good: VideoFacts = {
  container: 'video/mp4',
  durationSeconds: 30,
  width: 1280,
  height: 720,
  frameRate: 30,
  videoCodec: 'avc',
  videoCodecString: 'avc1.64001f',
  profile: 'High',
  bitDepth: 8,
  chroma: '4:2:0',
  audioCodec: 'aac',
  audioCodecString: 'mp4a.40.2',
  audioChannels: 2,
}
const rules = X_MEDIA_RULES.video
const rulesOf = (facts: Partial<VideoFacts>, size = 1000): string[] =>
  findVideoViolations({ ...good, ...facts }, size, rules, 'clip.mov').map((found) => `${found.error.rule}:${found.remedy}`)

describe('findVideoViolations', () => {
  it('finds nothing in a video within every rule', () => {
    expect(rulesOf({})).toEqual([])
  })

  it('says how long the video is and how long X takes, in words', () => {
    const [found] = findVideoViolations({ ...good, durationSeconds: 149.35 }, 1000, rules, 'clip.mov')
    expect(found?.error.message).toBe('clip.mov is 2 min 29 s long; X takes videos up to 2 min 20 s.')
    expect(found).toMatchObject({ remedy: 'trim', error: { rule: 'video-duration', value: 149.35, limit: 140 } })
  })

  it('names each broken rule with what can mend it, unmendable ones first', () => {
    expect(rulesOf({ durationSeconds: 0.3, width: 2000, height: 500 })).toEqual([
      'video-duration:none',
      'video-aspect-ratio:none',
      'video-dimensions:transcode',
    ])
    expect(rulesOf({ container: 'video/webm', videoCodec: 'vp9', frameRate: 120 })).toEqual([
      'video-container:transcode',
      'video-codec:transcode',
      'video-frame-rate:transcode',
    ])
    expect(rulesOf({ bitDepth: 10, profile: 'High 10' })).toEqual(['video-pixel-format:transcode'])
    expect(rulesOf({ audioCodecString: 'mp4a.40.5' })).toEqual(['audio-codec:transcode'])
    expect(rulesOf({}, X_MEDIA_RULES.video.maxBytes + 1)).toEqual(['video-size:none'])
  })

  it('follows the app\'s limits instead of X\'s', () => {
    const strict = resolveRules({ video: { maxDurationSeconds: 10 } }).video
    expect(findVideoViolations(good, 1000, strict, 'a.mp4')[0]?.error.message).toBe('a.mp4 is 30 s long; X takes videos up to 10 s.')
  })
})

describe('H.264 stream facts', () => {
  it('names the profile of a codec string', () => {
    expect(h264ProfileOf('avc1.6e001e')).toEqual({ idc: 110, name: 'High 10' })
    expect(h264ProfileOf('avc1.f4001e')?.name).toBe('High 4:4:4 Predictive')
    expect(h264ProfileOf('hvc1.1.6.L93.B0')).toBeUndefined()
  })

  it('reads chroma format and bit depth from the avcC extension of High profiles', () => {
    // version, profile 110, compat, level, length size, 1 SPS of 2 bytes, 1 PPS of 1 byte, then chroma 1 (4:2:0), luma depth 10.
    const avcC = new Uint8Array([1, 110, 0, 30, 0xff, 0xe1, 0, 2, 0x67, 0x6e, 1, 0, 1, 0x68, 0xfd, 0xfa, 0xfa, 0])
    expect(readAvcFormat(avcC)).toEqual({ chroma: '4:2:0', bitDepth: 10 })
    expect(readAvcFormat(undefined)).toEqual({ chroma: '4:2:0', bitDepth: 8 })
  })
})
