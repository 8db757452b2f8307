// Upload progress within one request over XMLHttpRequest, on a real socket. msw's service
// worker cannot show it (Chrome fires no upload progress for a request a worker answers), so
// the request goes to the standalone mock server that the browser project's global setup
// starts. The mock reads a body only after a delay: the socket buffers fill and stay full,
// so Chrome reports how far the body got. The body is larger than those buffers on loopback
// (a few MB), which is also why a 5 MB segment alone would not show it reliably. The page
// may be controlled by msw's worker from an earlier file: with no file mocking at the time
// (this project runs its files one at a time here), the worker lets the request through.
import { describe, expect, inject, it, vi } from 'vitest'
import { MIB, testVideo } from '../../test/test-support'
import { xhrTransport } from '../transport/xhr-transport'

// A real 16 MB upload on a shared machine: a generous ceiling, no timing asserted.
vi.setConfig({ testTimeout: 60_000 })

describe('XMLHttpRequest upload progress against a real server', () => {
  it('reports bytes sent within one multi-MB request, rising to the whole body', async () => {
    const body = new FormData()
    body.set('media_category', 'tweet_video')
    body.set('media', testVideo(16 * MIB))
    const request = new Request(`${inject('mediaMockServerUrl')}/2/media/upload`, {
      method: 'POST',
      headers: { authorization: 'Bearer browser-user' },
      body,
    })
    const reports: Array<[loaded: number, total: number]> = []

    const answer = await xhrTransport().send(request, { onUploadProgress: (loaded, total) => reports.push([loaded, total]) })

    // X refuses a one-shot video; what matters is how the body went out.
    expect(answer.status).toBeGreaterThanOrEqual(400)
    const total = reports[0]?.[1] ?? 0
    expect(total).toBeGreaterThan(16 * MIB)
    const within = reports.filter(([loaded]) => loaded > 0 && loaded < total)
    expect(within.length, `progress reports: ${reports.map(([loaded]) => loaded).join(', ')}`).toBeGreaterThan(0)
    expect(reports.map(([loaded]) => loaded)).toEqual([...reports.map(([loaded]) => loaded)].sort((a, b) => a - b))
    expect(reports.at(-1)?.[0]).toBe(total)
  })
})
