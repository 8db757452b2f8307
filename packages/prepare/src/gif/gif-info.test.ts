import { describe, expect, it } from 'vitest'
import { isMediaRuleError } from '../media-rule-error'
import { X_MEDIA_RULES } from '../limits'
import { fixtureBytes } from '../../test/fixtures'
import { checkGif } from './check-gif'
import { readGifInfo } from './gif-info'

const gifFile = (name: string): File => new File([fixtureBytes(name)], name, { type: 'image/gif' })

describe('animated GIF rules', () => {
  it('counts the frames of real GIFs without decoding them', () => {
    expect(readGifInfo(fixtureBytes('gif-360-frames.gif'))).toEqual({ width: 64, height: 48, frames: 360 })
    expect(readGifInfo(fixtureBytes('gif-24-frames.gif'))).toEqual({ width: 64, height: 48, frames: 24 })
  })

  it('refuses 360 frames naming the rule and the value, and takes 24', () => {
    const file = gifFile('gif-360-frames.gif')
    let refusal: unknown
    try {
      checkGif(file, readGifInfo(fixtureBytes(file.name)), X_MEDIA_RULES.gif)
    } catch (error) {
      refusal = error
    }
    expect(isMediaRuleError(refusal, 'gif-frames')).toBe(true)
    expect(refusal).toMatchObject({ code: 'unsupported-type', value: 360, limit: 350, message: 'gif-360-frames.gif has 360 frames; X takes animated GIFs of up to 350 frames.' })
    expect(() => checkGif(gifFile('gif-24-frames.gif'), { width: 64, height: 48, frames: 24 }, X_MEDIA_RULES.gif)).not.toThrow()
  })

  it('refuses a canvas over 1280×1080 and over 300 million pixels in all', () => {
    const file = gifFile('gif-24-frames.gif')
    expect(() => checkGif(file, { width: 1281, height: 100, frames: 2 }, X_MEDIA_RULES.gif)).toThrow(/1281×100; X takes animated GIFs up to 1280×1080/)
    expect(() => checkGif(file, { width: 1280, height: 1080, frames: 220 }, X_MEDIA_RULES.gif)).toThrow(/304\.1 million pixels .*up to 300 million/)
  })

  it('reads a truncated GIF as the frames it holds', () => {
    expect(readGifInfo(fixtureBytes('gif-24-frames.gif').subarray(0, 2000)).frames).toBeLessThan(24)
    expect(readGifInfo(new Uint8Array(3))).toEqual({ width: 0, height: 0, frames: 0 })
  })
})
