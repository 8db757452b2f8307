import { setupServer, type SetupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import type { MediaMock } from '../src/create-media-mock'

/**
 * One msw server per test file with the mock's handlers: listening for the file, the
 * mock reset after each test, unhandled requests failing the test.
 */
export function serveDuringTests(mock: MediaMock): SetupServer {
  const server = setupServer(...mock.handlers)
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  afterEach(() => mock.reset())
  afterAll(() => server.close())
  return server
}
