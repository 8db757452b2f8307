// The standalone mock of X on a real socket, for the browser tests that must not go through
// msw's service worker: Chrome fires XMLHttpRequest upload progress only on a real request.
import { createMockServer } from '@tweet-media/msw/node'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the standalone mock of X (both dialects), reachable from the browser (CORS). */
    mediaMockServerUrl: string
  }
}

/** Starts the mock before the browser project runs and stops it after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Processing ends at the first STATUS, so the progress tests measure the transfer only.
  const server = await createMockServer({ port: 0, seed: 13, processing: { rounds: 0, checkAfterSecs: 0.001 }, latencyMs: 400 })
  project.provide('mediaMockServerUrl', server.url)
  return () => server.close()
}
