// Test helper: the media proxy behind node:http on a loopback port, in front of the
// standalone mock of X on another: every byte crosses a real socket.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMockServer, type MockServer } from '@tweet-media/msw/node'
import { createMediaProxy, toNodeHandler, type MediaProxyOptions } from '../src/server/index'

/** A running proxy and the mock X behind it. */
export interface LoopbackProxy {
  /** `http://127.0.0.1:<port>` of the proxy; the client's `baseUrl` is this plus `/api/x`. */
  readonly origin: string
  readonly port: number
  /** The mock of X: its store shows what reached X. */
  readonly x: MockServer
  close(): Promise<void>
}

/** Starts the mock of X and a proxy mounted on `/api/x` in front of it; `x-user` names the caller. */
export async function startLoopbackProxy(overrides: Partial<MediaProxyOptions> = {}, x?: MockServer): Promise<LoopbackProxy> {
  const mockX = x ?? (await createMockServer({ port: 0, seed: 21 }))
  const proxy = createMediaProxy({
    credentials: { bearerToken: 'app-token' },
    pathPrefix: '/api/x',
    upstream: mockX.url,
    authorizeRequest: (request) => request.headers.get('x-user') ?? false,
    ...overrides,
  })
  const server: Server = createServer(toNodeHandler(proxy))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    x: mockX,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      if (!x) await mockX.close()
    },
  }
}
