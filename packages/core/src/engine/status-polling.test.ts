import { getEventListeners } from 'node:events'
import { describe, expect, it } from 'vitest'
import { serveDuringTests } from '../../test/serve-during-tests'
import { createMockedX, requestsOf, testUploader, testVideo } from '../../test/test-support'
import { fetchTransport } from '../transport/fetch-transport'
import type { Transport } from '../transport/types'

const { clock, mock } = createMockedX()
serveDuringTests(mock)

/** fetch, noting how many abort listeners the signal of each request carries when it is sent. */
function listenerCountingTransport(counts: number[]): Transport {
  const fetchOnly = fetchTransport()
  return {
    reportsUploadProgress: false,
    send: (request, options) => {
      if (options?.signal) counts.push(getEventListeners(options.signal, 'abort').length)
      return fetchOnly.send(request, options)
    },
  }
}

describe('STATUS polling over a long processing', () => {
  it('keeps abort listeners bounded over 300 polls without a time limit, each after at least 1 s', async () => {
    mock.configure({ processing: { rounds: 300, checkAfterSecs: 1 } })
    const counts: number[] = []
    const { uploader, waits } = testUploader('v2', clock, {
      transport: listenerCountingTransport(counts),
      processingTimeoutMs: Number.POSITIVE_INFINITY,
    })

    const media = await uploader.upload(testVideo(64 * 1024))

    expect(media.processingInfo?.state).toBe('succeeded')
    expect(requestsOf(mock, 'STATUS').length).toBeGreaterThanOrEqual(300)
    expect(Math.max(...counts)).toBeLessThanOrEqual(2)
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(1_000)
  })
})
