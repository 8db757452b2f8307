import { expect, test } from 'vitest'
import type { ServerRenderReport } from '../test/render-on-server.worker'

test('imports and renders <MediaUploader> to HTML where there is no window (server rendering)', async () => {
  const worker = new Worker(new URL('../test/render-on-server.worker.tsx', import.meta.url), { type: 'module' })
  const report = await new Promise<ServerRenderReport>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ServerRenderReport>) => resolve(event.data)
    worker.onerror = (event) => reject(new Error(event.message))
  })
  worker.terminate()

  expect(report.hadWindow).toBe(false)
  expect(report.error).toBeUndefined()
  expect(report.html).toContain('Add photos or video')
  expect(report.html).toContain('aria-label="Media for your post"')
})
