import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { createMediaMock, type MediaMock, type MediaMockOptions } from '../src/create-media-mock'
import { createMockServer, type MockServer, type MockServerOptions } from '../src/node/create-mock-server'
import { createV1Client, type V1Client } from './v1-client'
import { createV2Client, type V2Client } from './v2-client'

/** How a test's requests reach the mock: msw intercepting fetch, or real HTTP to the standalone server. */
export type Transport = 'msw' | 'loopback'

/** Timeout of a test that sends megabytes of body on a shared machine: a ceiling, no timing asserted. */
export const LARGE_BODY_TIMEOUT_MS = 30_000

/** Every rule test runs over both transports. */
export const TRANSPORTS: readonly Transport[] = ['msw', 'loopback']

/** The mock a describe block talks to, and clients pointed at it. */
export interface Harness {
  readonly transport: Transport
  readonly mock: MediaMock
  readonly v1: V1Client
  readonly v2: V2Client
}

/**
 * Serves a new mock for the enclosing describe block: through msw on X's hosts, or through
 * the standalone server on loopback (or, through msw, on an absolute `baseUrl`). The mock is reset after each test; unhandled requests
 * fail the test. Read the harness inside tests (the server starts in `beforeAll`).
 */
export function serveOver(transport: Transport, options: MediaMockOptions & MockServerOptions = {}): Harness {
  let current: Omit<Harness, 'transport'> | undefined
  const ready = (): Omit<Harness, 'transport'> => {
    if (!current) throw new Error('The harness is read before its server started')
    return current
  }
  if (transport === 'msw') {
    const mock = createMediaMock(options)
    const server = setupServer(...mock.handlers)
    // An absolute `baseUrl` (an app's proxy) is where the clients go; X's hosts otherwise.
    const proxy = typeof options.baseUrl === 'string' ? options.baseUrl : undefined
    beforeAll(() => {
      server.listen({ onUnhandledFrame: 'error' })
      current = { mock, v1: createV1Client(proxy ?? 'https://upload.x.com'), v2: createV2Client(proxy ?? 'https://api.x.com') }
    })
    afterAll(() => server.close())
  } else {
    let server: MockServer | undefined
    beforeAll(async () => {
      server = await createMockServer(options)
      current = { mock: server.mock, v1: createV1Client(server.url), v2: createV2Client(server.url) }
    })
    afterAll(() => server?.close())
  }
  afterEach(() => ready().mock.reset())
  return {
    transport,
    get mock() {
      return ready().mock
    },
    get v1() {
      return ready().v1
    },
    get v2() {
      return ready().v2
    },
  }
}
