// A client that gives up mid-body is logged as `aborted` by the standalone server, as by msw.
import { connect } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createMockServer, type MockServer } from './create-mock-server'

let server: MockServer
beforeAll(async () => {
  server = await createMockServer({ port: 0, seed: 3 })
})
afterAll(() => server.close())

it('logs an upload whose client hangs up mid-body as aborted, and stores nothing', async () => {
  const init = await fetch(`${server.url}/2/media/upload/initialize`, {
    method: 'POST',
    headers: { authorization: 'Bearer quitter', 'content-type': 'application/json' },
    body: JSON.stringify({ media_type: 'video/mp4', total_bytes: 100_000, media_category: 'tweet_video' }),
  })
  const { data } = (await init.json()) as { data: { id: string } }
  const socket = connect(server.port, '127.0.0.1')
  await new Promise<void>((resolve) => socket.once('connect', resolve))
  const boundary = 'b0undary'
  // `Expect: 100-continue`: the server answers 100 once it has handed the request on, so
  // the hang-up below comes mid-body for sure.
  socket.write(
    `POST /2/media/upload/${data.id}/append HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer quitter\r\n` +
      `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 100000\r\nExpect: 100-continue\r\n\r\n`,
  )
  await new Promise<void>((resolve) => socket.once('data', () => resolve()))
  socket.write(
    `--${boundary}\r\nContent-Disposition: form-data; name="segment_index"\r\n\r\n0\r\n--${boundary}\r\n` +
      `Content-Disposition: form-data; name="media"; filename="blob"\r\n\r\n${'x'.repeat(1000)}`,
  )
  socket.destroy()
  await expect
    .poll(() => server.store.requests.find((entry) => entry.path.endsWith('/append'))?.outcome, { timeout: 10_000 })
    .toBe('aborted')
  expect(server.store.get(data.id)?.segmentIndices).toEqual([])
})
