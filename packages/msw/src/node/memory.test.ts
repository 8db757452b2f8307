import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { MB } from '../index'
import { LARGE_BODY_TIMEOUT_MS } from '../test-support/http-harness'
import { createV2Client } from '../test-support/v2-client'
import { createMockServer, type MockServer } from './index'

// A full collection on demand, to see whether anything still holds a media item's bytes.
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

let server: MockServer
beforeAll(async () => {
  server = await createMockServer({ seed: 2 })
})
afterAll(() => server.close())

async function uploadVideo(bytes: number): Promise<string> {
  const v2 = createV2Client(server.url)
  const id = await v2.initializeId({ media_type: 'video/mp4', total_bytes: bytes, media_category: 'tweet_video' })
  for (let offset = 0, index = 0; offset < bytes; offset += 4 * MB, index++) {
    await v2.appendMultipart(id, index, new Uint8Array(Math.min(4 * MB, bytes - offset)))
  }
  expect((await v2.finalize(id)).status).toBe(200)
  return id
}

it("releases a media item's bytes on reset", async () => {
  const id = await uploadVideo(10 * MB)
  const bytes = new WeakRef(server.store.get(id)?.bytes ?? new Uint8Array())
  expect(bytes.deref()?.byteLength).toBe(10 * MB)
  server.reset()
  // WeakRef targets stay alive until the current job ends.
  await new Promise((resolve) => setTimeout(resolve, 0))
  collectGarbage()
  expect(bytes.deref()).toBeUndefined()
}, LARGE_BODY_TIMEOUT_MS)
