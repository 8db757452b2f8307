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
  const server = await createMockServer({
    port: 0,
    seed: 13,
    // Each answer waits 400 ms before the body is read: the socket buffers fill and a large
    // body is still on its way when Chrome reports upload progress.
    latencyMs: 400,
  })
  project.provide('mediaMockServerUrl', server.url)
  return () => server.close()
}
