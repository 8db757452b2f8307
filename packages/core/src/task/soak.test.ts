// The soak: 50 uploads (photos and videos, both dialects) against the mock of X while it
// fails APPENDs, drops connections and rate-limits. The clock is the mock's manual one,
// so every wait (backoff, Retry-After, processing) passes at once. The mock listens on a
// real socket: msw's in-process interception keeps request bodies reachable from its
// async context, which would hide what the client itself holds on to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createManualClock, type ScenarioOptions } from '@tweet-media/msw'
import { createMockServer, type MockServer } from '@tweet-media/msw/node'
import { reachableBytes } from '../../test/heap'
import { soakFile } from '../../test/soak-files'
import type { Dialect } from '../types'
import { MIB, requestsOf, sha256Hex, testUploader } from '../../test/test-support'

const clock = createManualClock()
let server: MockServer
beforeAll(async () => {
  server = await createMockServer({ seed: 13, clock })
})
afterAll(() => server.close())

const ROUNDS = 5
const UPLOADS_PER_ROUND = 10
/** Failures as they come in a bad hour: a fifth of APPENDs fail, one request in twenty drops, a 429 after every 25 requests a minute. */
const HOSTILE: ScenarioOptions = {
  appendFailureRate: 0.2,
  dropConnectionRate: 0.05,
  rateLimit: { afterRequests: 25, resetAfterSecs: 60 },
  processing: { rounds: 2, checkAfterSecs: 1 },
}
/**
 * The most the reachable memory may grow from the end of the first round to the end of
 * the last. The four later rounds move about 50 MB of files; a client that kept its files,
 * segments or answers would grow by about that much. A client that keeps nothing still
 * reads up to about 20 MB apart between rounds (socket buffers and requests in flight
 * when the reading is taken), so the bound sits between the two.
 */
const MAX_GROWTH_BYTES = 40 * MIB

const unhandled: unknown[] = []
const onUnhandled = (reason: unknown): void => void unhandled.push(reason)
beforeAll(() => void process.on('unhandledRejection', onUnhandled))
afterAll(() => void process.off('unhandledRejection', onUnhandled))

/** Uploads soak file `index` in `dialect` and checks X holds exactly its bytes. */
async function uploadAndVerify(index: number, dialect: Dialect): Promise<void> {
  const file = soakFile(index)
  // The clock is shared: ten uploads' waits add up on it, so no processing deadline.
  const { uploader } = testUploader(dialect, clock, { chunkSize: MIB, baseUrl: server.url, processingTimeoutMs: Number.POSITIVE_INFINITY })
  const media = await uploader.upload(file)
  const stored = server.store.get(media.mediaId)
  expect(stored?.size, `upload ${index} (${dialect})`).toBe(file.size)
  expect(stored?.sha256, `upload ${index} (${dialect})`).toBe(await sha256Hex(file))
}

describe('soak', () => {
  it(`uploads ${ROUNDS * UPLOADS_PER_ROUND} files under failures, drops and 429s, every one byte-identical, in bounded memory`, { timeout: 120_000 }, async () => {
    const growth: number[] = []
    let afterFirstRound = 0
    const seen = { failures: 0, drops: 0, rateLimits: 0 }
    for (let round = 0; round < ROUNDS; round++) {
      server.configure(HOSTILE)
      const uploads = Array.from({ length: UPLOADS_PER_ROUND }, (_, slot) => {
        const index = round * UPLOADS_PER_ROUND + slot
        return uploadAndVerify(index, slot < UPLOADS_PER_ROUND / 2 ? 'v2' : 'v1.1')
      })
      const results = await Promise.allSettled(uploads)
      expect(results.filter((result) => result.status === 'rejected'), `round ${round}`).toEqual([])
      seen.failures += requestsOf(server.mock, 'APPEND', 'injected-failure').length
      seen.drops += server.store.requests.filter((entry) => entry.outcome === 'dropped').length
      seen.rateLimits += server.store.requests.filter((entry) => entry.outcome === 'rate-limited').length
      // Emptied between rounds, so what grows is the client's, not the mock's stored bytes.
      server.reset()
      if (round === 0) afterFirstRound = reachableBytes()
      else growth.push(reachableBytes() - afterFirstRound)
    }

    expect(seen.failures).toBeGreaterThan(0)
    expect(seen.drops).toBeGreaterThan(0)
    expect(seen.rateLimits).toBeGreaterThan(0)
    expect(Math.max(...growth), `growth after each later round: ${growth.map((bytes) => Math.round(bytes / MIB)).join(', ')} MB`).toBeLessThan(MAX_GROWTH_BYTES)
    expect(unhandled).toEqual([])
  })
})
