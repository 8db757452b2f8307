// The standalone mock in its own process, so its memory and CPU never mix with a client's.
// The parent talks to it over IPC: verify what arrived, reset the store, read CPU time.
import { createMockServer } from '@tweet-media/msw/node'

const server = await createMockServer({
  port: 0,
  seed: 1,
  // Processing ends at the first STATUS that waits 1 ms, so runs measure the transfer, not a
  // simulated transcode (every compared client polls STATUS the same way).
  processing: { rounds: 0, checkAfterSecs: 0.001 },
  // @xdevplatform/xdk 0.6.6 sends finalize without a body, which X (and the mock by default)
  // refuses; the bench measures transfer, so every compared client is let through.
  strictJsonBodies: false,
})

const answers = {
  /** The newest media item: what a run must have delivered, byte for byte. */
  lastMedia() {
    const media = server.store.list().at(-1)
    return media && { id: media.id, size: media.size, sha256: media.sha256, state: media.state, segments: media.segmentIndices.length, processing: media.processing?.state }
  },
  reset() {
    server.reset()
    return true
  },
  usage() {
    const { user, system } = process.cpuUsage()
    return { cpuMs: (user + system) / 1000, rss: process.memoryUsage.rss(), maxRss: process.resourceUsage().maxRSS * 1024 }
  },
}

process.on('message', async (message) => {
  if (message?.type === 'close') {
    await server.close()
    process.disconnect()
    return
  }
  const answer = answers[message?.type]
  process.send({ id: message?.id, result: answer ? answer() : undefined })
})

process.send({ type: 'ready', url: server.url })
