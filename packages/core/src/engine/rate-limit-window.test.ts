import { describe, expect, it } from 'vitest'
import { createManualClock, createMediaMock } from '@tweet-media/msw'
import type { Dialect } from '../types'
import { serveDuringTests } from '../../test/serve-during-tests'
import { MIB, requestsOf, sha256Hex, testUploader, testVideo } from '../../test/test-support'

// X's per-user, per-endpoint 15-minute windows, with the APPEND limit made small enough to trip.
const clock = createManualClock()
const mock = createMediaMock({
  seed: 17,
  clock,
  endpointRateLimits: { limits: { append: 2 } },
})
serveDuringTests(mock)

describe.each<Dialect>(['v2', 'v1.1'])("an upload that trips X's APPEND window (%s)", (dialect) => {
  it('waits for the window to reset, then completes with the exact bytes', async () => {
    const file = testVideo(4 * MIB)
    const { uploader, waits } = testUploader(dialect, clock, { chunkSize: MIB, concurrency: 1 })

    const media = await uploader.upload(file)

    const appends = requestsOf(mock, 'APPEND')
    const limited = appends.findIndex((entry) => entry.outcome === 'rate-limited')
    expect(limited).toBe(2)
    // The window opened with the first APPEND; x-rate-limit-reset is its end in epoch seconds.
    const resetAt = Math.ceil(((appends[0]?.time ?? 0) + 900_000) / 1000) * 1000
    expect(waits).toContain(resetAt - (appends[limited]?.time ?? 0))
    expect(appends[limited + 1]).toMatchObject({ time: resetAt, outcome: 'ok', segmentIndex: appends[limited]?.segmentIndex })
    expect(requestsOf(mock, 'APPEND', 'ok').map((entry) => entry.segmentIndex).sort()).toEqual([0, 1, 2, 3])
    expect(mock.store.get(media.mediaId)?.sha256).toBe(await sha256Hex(file))
  })
})
