// What every parsed value must satisfy, whatever the answer was: the fuzz suite's contract.
import { expect } from 'vitest'
import { MAX_TIMER_MS } from '../src/engine/sleep'
import { isMediaUploadError } from '../src/errors/media-upload-error'
import type { AppendResult, MediaStatus } from '../src/response/parse-responses'
import { MAX_CHECK_AFTER_SECS, MAX_DATE_MS, MAX_EXPIRES_AFTER_SECS } from '../src/response/number-bounds'
import type { ProcessingInfo, UploadedMedia } from '../src/types'

const MEDIA_ID = /^\d{1,19}$/

const expectWholeCount = (value: number | undefined): void => {
  if (value !== undefined) expect(Number.isSafeInteger(value) && value >= 0, `${value} is a whole count`).toBe(true)
}

/** An expiry counted from `receivedAt`: after it, within a year of it, inside the Date range. */
export function expectSaneExpiry(expiresAt: number | undefined, receivedAt: number): void {
  if (expiresAt === undefined) return
  expect(Number.isFinite(expiresAt)).toBe(true)
  expect(expiresAt).toBeGreaterThanOrEqual(receivedAt)
  expect(expiresAt).toBeLessThanOrEqual(Math.min(MAX_DATE_MS, receivedAt + MAX_EXPIRES_AFTER_SECS * 1000))
}

export function expectSaneProcessingInfo(info: ProcessingInfo | undefined): void {
  if (info === undefined) return
  expect(['pending', 'in_progress', 'succeeded', 'failed']).toContain(info.state)
  if (info.checkAfterSecs !== undefined) {
    expect(Number.isFinite(info.checkAfterSecs)).toBe(true)
    expect(info.checkAfterSecs).toBeGreaterThanOrEqual(0)
    expect(info.checkAfterSecs).toBeLessThanOrEqual(MAX_CHECK_AFTER_SECS)
  }
  if (info.progressPercent !== undefined) {
    expect(Number.isFinite(info.progressPercent)).toBe(true)
    expect(info.progressPercent).toBeGreaterThanOrEqual(0)
    expect(info.progressPercent).toBeLessThanOrEqual(100)
  }
  if (info.error !== undefined) {
    expectWholeCount(info.error.code)
    expect(typeof info.error.name).toBe('string')
    expect(typeof info.error.message).toBe('string')
  }
}

export function expectSaneMedia(media: UploadedMedia, receivedAt: number): void {
  expect(media.mediaId).toMatch(MEDIA_ID)
  expect(media.expiresAt).toBeDefined()
  expectSaneExpiry(media.expiresAt, receivedAt)
  expectWholeCount(media.size)
  expectSaneProcessingInfo(media.processingInfo)
}

export function expectSaneStatus(status: MediaStatus, receivedAt: number): void {
  expect(status.mediaId).toMatch(MEDIA_ID)
  expectSaneExpiry(status.expiresAt, receivedAt)
  expectSaneProcessingInfo(status.processingInfo)
}

/** v2 APPEND's `expires_at` is absolute (epoch seconds), so it is only held to the Date range. */
export function expectSaneAppend(result: AppendResult): void {
  if (result.expiresAt === undefined) return
  expect(Number.isFinite(result.expiresAt)).toBe(true)
  expect(result.expiresAt).toBeGreaterThan(0)
  expect(result.expiresAt).toBeLessThanOrEqual(MAX_DATE_MS)
}

/** A MediaUploadError whose numbers make sense: an HTTP status, a usable wait, a finite X code. */
export function expectSaneError(error: unknown): void {
  if (!isMediaUploadError(error)) throw new Error(`expected a MediaUploadError, got ${String(error)}`, { cause: error })
  expect(typeof error.code).toBe('string')
  expect(typeof error.message).toBe('string')
  if (error.status !== undefined) expect(Number.isInteger(error.status)).toBe(true)
  if (error.retryAfterMs !== undefined) {
    expect(Number.isFinite(error.retryAfterMs)).toBe(true)
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(0)
    expect(error.retryAfterMs).toBeLessThanOrEqual(MAX_TIMER_MS)
  }
  if (error.xCode !== undefined) expect(Number.isFinite(error.xCode)).toBe(true)
}
