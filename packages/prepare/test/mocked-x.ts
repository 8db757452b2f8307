// X for the browser tests: @tweet-media/msw's mock behind msw's service worker, on a manual
// clock that the uploader's waits move (processing needs no real time).
import { createUploader, type Uploader, type UploaderConfig } from '@tweet-media/core'
import { createManualClock, createMediaMock, type MediaMock } from '@tweet-media/msw'
import { setupWorker } from 'msw/browser'
import { afterAll, afterEach, beforeAll } from 'vitest'

/** Starts the mock for the test file; returns it and an uploader factory on its clock. */
export function mockXDuringTests(): { mock: MediaMock; uploader(config?: UploaderConfig): Uploader } {
  const clock = createManualClock()
  const mock = createMediaMock({ seed: 11, clock })
  const worker = setupWorker(...mock.handlers)
  // Fixtures come from Vite's server: only X's requests are the mock's.
  beforeAll(() => worker.start({ quiet: true, onUnhandledFrame: 'bypass' }))
  afterEach(() => mock.reset())
  afterAll(() => worker.stop())
  return {
    mock,
    uploader: (config = {}) =>
      createUploader({
        auth: { bearerToken: 'user-a' },
        progressIntervalMs: 0,
        now: () => clock.now(),
        sleep: async (ms) => {
          clock.advance(ms)
        },
        ...config,
      }),
  }
}
