import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { MB } from '../index'
import { LARGE_BODY_TIMEOUT_MS } from '../../test/http-harness'
import { keepAliveAgent, multipartAppend, postRaw } from '../../test/raw-http'
import { USER_AUTH } from '../../test/v1-client'
import { createV2Client } from '../../test/v2-client'
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

it('stays within its store bound across 200 uploads of 5 MB', async () => {
  const bounded = await createMockServer({ seed: 3, store: { maxBytes: 50 * MB } })
  const agent = keepAliveAgent()
  try {
    const v2 = createV2Client(bounded.url)
    const { body, contentType } = multipartAppend(0, new Uint8Array(5 * MB))
    const retained = (): number => {
      collectGarbage()
      const usage = process.memoryUsage()
      return usage.heapUsed + usage.arrayBuffers
    }
    const before = retained()
    let peak = 0
    for (let i = 0; i < 200; i++) {
      const id = await v2.initializeId({ media_type: 'video/mp4', total_bytes: 5 * MB, media_category: 'tweet_video' })
      const append = await postRaw(`${bounded.url}/2/media/upload/${id}/append`, { ...USER_AUTH, 'content-type': contentType }, body, agent)
      expect(append.status).toBe(200)
      expect((await v2.finalize(id)).status).toBe(200)
      if (i % 40 === 39) peak = Math.max(peak, retained() - before)
    }
    // 1,000 MB went in; the store keeps 50 MB (10 uploads). The rest of the allowance (70 MB)
    // covers the request in flight, the request log and the allocator's slack on a shared
    // machine; without the bound this grows by the full 1,000 MB.
    expect(bounded.store.byteSize).toBeLessThanOrEqual(50 * MB)
    expect(bounded.store.list()).toHaveLength(10)
    expect(peak).toBeLessThan(120 * MB)
  } finally {
    agent.destroy()
    await bounded.close()
  }
}, LARGE_BODY_TIMEOUT_MS * 2)
