// The browser tests' X: @tweet-media/msw's mock behind msw's service worker, on a manual
// clock that the uploader's waits move, so processing and expiry need no real time.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { abortedError, createUploader, type Uploader, type UploaderConfig } from '@tweet-media/core'
import { createManualClock, createMediaMock, type ManualClock, type MediaMock } from '@tweet-media/msw'
import { http } from 'msw'
import { setupWorker, type SetupWorker } from 'msw/browser'
import type { ReactNode } from 'react'
import { test as baseTest } from 'vitest'

/** Lets a test hold the uploader's waits (processing polls) or X's answers, and let them go. */
export class Gate {
  #held = false
  #waiting: Array<() => void> = []

  hold(): void {
    this.#held = true
  }

  release(): void {
    this.#held = false
    for (const resume of this.#waiting.splice(0)) resume()
  }

  /** Resolves at once unless held; rejects with `aborted` if `signal` fires while held. */
  pass(signal?: AbortSignal): Promise<void> {
    if (!this.#held) return Promise.resolve()
    return new Promise((resolve, reject) => {
      this.#waiting.push(resolve)
      signal?.addEventListener('abort', () => reject(abortedError(signal)), { once: true })
    })
  }
}

export interface MockedX {
  mock: MediaMock
  clock: ManualClock
  worker: SetupWorker
  /** Held: the uploader's waits (between processing polls, before retries) stop until released. */
  waits: Gate
  /** Held: X's answers stop until released (the requests are already sent). */
  answers: Gate
  /** An uploader that talks to the mock, with a user token, on the mock's clock. */
  uploader(config?: UploaderConfig): Uploader
}

export const test = baseTest
  .extend('network', { scope: 'file' }, async ({}, { onCleanup }) => {
    const clock = createManualClock()
    const mock = createMediaMock({ seed: 7, clock })
    const answers = new Gate()
    const worker = setupWorker(
      // Falls through to the mock's handlers once the gate opens.
      http.all('https://api.x.com/*', async ({ request }) => answers.pass(request.signal)),
      ...mock.handlers,
    )
    await worker.start({ quiet: true, onUnhandledFrame: 'error' })
    onCleanup(() => worker.stop())
    return { clock, mock, worker, answers }
  })
  .extend('x', async ({ network }, { onCleanup }): Promise<MockedX> => {
    const waits = new Gate()
    onCleanup(() => {
      waits.release()
      network.answers.release()
      network.mock.reset()
    })
    return {
      ...network,
      waits,
      uploader: (config = {}) =>
        createUploader({
          auth: { bearerToken: 'user-a' },
          progressIntervalMs: 0,
          random: () => 0.5,
          now: () => network.clock.now(),
          sleep: async (ms, signal) => {
            if (signal?.aborted) throw abortedError(signal)
            await waits.pass(signal)
            network.clock.advance(ms)
          },
          ...config,
        }),
    }
  })

/** A fresh `QueryClient` around `children`, as an app provides one. */
export function withQueryClient(client = new QueryClient()) {
  return function QueryClientWrapper({ children }: { children: ReactNode }) {
    return <QueryClientProvider client={client}>{children}</QueryClientProvider>
  }
}
