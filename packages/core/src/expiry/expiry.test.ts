import { describe, expect, it } from 'vitest'
import { thrownBy } from '../../test/test-errors'
import { parseInitResponse } from '../response/parse-responses'
import type { UploadedMedia } from '../types'
import { assertNotExpired, EXPIRY_SAFETY_MARGIN_MS, expiresAtFrom, isExpired, timeLeftMs } from './expiry'
import { reviveUploadedMedia } from './revive-uploaded-media'

const arrived = Date.UTC(2025, 0, 15, 12, 0, 0)
const media: UploadedMedia = { mediaId: '1880028106020515840', expiresAt: expiresAtFrom(3599, arrived) }

describe('expiry', () => {
  it('counts expires_after_secs from when the answer arrived', () => {
    const parsed = parseInitResponse(
      { status: 202, headers: new Headers(), body: '{"media_id_string":"1","expires_after_secs":3599}' },
      { dialect: 'v1.1', receivedAt: arrived },
    )
    expect(parsed.expiresAt).toBe(arrived + 3_599_000)
  })

  it('stops counting media as usable one safety margin before X expires it', () => {
    const lastSafeMoment = media.expiresAt - EXPIRY_SAFETY_MARGIN_MS - 1
    expect(isExpired(media, lastSafeMoment)).toBe(false)
    expect(timeLeftMs(media, lastSafeMoment)).toBe(1)
    expect(isExpired(media, lastSafeMoment + 1)).toBe(true)
    expect(timeLeftMs(media, media.expiresAt + 10_000)).toBe(0)
  })

  it('reports the time left after the margin, and accepts a margin of the app', () => {
    expect(timeLeftMs(media, arrived)).toBe(3_599_000 - EXPIRY_SAFETY_MARGIN_MS)
    expect(timeLeftMs(media, arrived, { marginMs: 0 })).toBe(3_599_000)
    expect(isExpired(media, media.expiresAt - 1, { marginMs: 0 })).toBe(false)
  })

  it('counts a value with a broken expiry as expired rather than usable', () => {
    expect(isExpired({ expiresAt: Number.NaN }, arrived)).toBe(true)
  })

  it('throws media-expired from assertNotExpired only when expired', () => {
    expect(() => assertNotExpired(media, arrived)).not.toThrow()
    expect(thrownBy(() => assertNotExpired(media, media.expiresAt)).code).toBe('media-expired')
  })
})

describe('reviveUploadedMedia', () => {
  const full: UploadedMedia = {
    mediaId: '1880028106020515840',
    mediaKey: '13_1880028106020515840',
    expiresAt: arrived + 86_400_000,
    size: 1048576,
    mediaType: 'video/mp4',
    mediaCategory: 'tweet_video',
    altText: 'A cat, dancing',
    processingInfo: { state: 'succeeded', progressPercent: 100 },
  }

  it('gets back the same value after a JSON round trip, with the same expiry answers', () => {
    const revived = reviveUploadedMedia(JSON.parse(JSON.stringify(full)))
    expect(revived).toEqual(full)
    expect(isExpired(revived!, arrived)).toBe(isExpired(full, arrived))
    expect(timeLeftMs(revived!, arrived)).toBe(timeLeftMs(full, arrived))
  })

  it.each([
    ['null', null],
    ['a numeric id', { ...full, mediaId: 1880028106020515840 }],
    ['a missing expiry', { mediaId: '1' }],
    ['an unknown category', { ...full, mediaCategory: 'TweetVideo' }],
    ['an unknown processing state', { ...full, processingInfo: { state: 'done' } }],
    ['a processing error without a message', { ...full, processingInfo: { state: 'failed', error: { code: 1, name: 'InvalidMedia' } } }],
  ])('refuses %s', (_name, value) => {
    expect(reviveUploadedMedia(value)).toBeUndefined()
  })
})
