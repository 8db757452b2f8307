// Node-only test set-up (msw/node): kept apart from test-support.ts, which browser tests import too.
import type { HttpHandler } from 'msw'
import { setupServer, type SetupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import type { MediaMock } from '@tweet-media/msw'

/**
 * One msw server per test file, answering with `handlers` first and then the mock of X;
 * after each test it forgets one-off handlers and the mock's state.
 */
export function serveDuringTests(mock: MediaMock, ...handlers: HttpHandler[]): SetupServer {
  const server = setupServer(...handlers, ...mock.handlers)
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  afterEach(() => {
    server.resetHandlers()
    mock.reset()
  })
  afterAll(() => server.close())
  return server
}
