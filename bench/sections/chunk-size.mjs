import { fileURLToPath } from 'node:url'
import { startService } from '../lib/child.mjs'
import { startThrottleProxy } from '../lib/throttle-proxy.mjs'
import { ensureMp4File } from '../lib/mp4-file.mjs'
import { MB, median } from '../lib/stats.mjs'

/** Links a user uploads over, emulated on loopback by a throttling proxy in front of the mock. */
export const LINKS = [
  { name: 'mobile uplink: 5 Mbit/s, 100 ms RTT', upBytesPerSec: (5e6 / 8), oneWayMs: 50, seconds: 10 },
  { name: 'home uplink: 20 Mbit/s, 40 ms RTT', upBytesPerSec: 20e6 / 8, oneWayMs: 20, seconds: 8 },
  { name: 'office uplink: 100 Mbit/s, 20 ms RTT', upBytesPerSec: 100e6 / 8, oneWayMs: 10, seconds: 6 },
  { name: 'far server: 100 Mbit/s, 250 ms RTT', upBytesPerSec: 100e6 / 8, oneWayMs: 125, seconds: 6 },
]

/** The sizes compared; core's default among them. */
export const CHUNK_SIZES = [1, 2, 4, 5].map((mb) => mb * MB)

/** Core v2 (node:http transport, 3 in flight) uploading one file through `url`; MB/s. */
async function uploadOnce(url, file, chunkSize) {
  const { createUploader } = await import('@tweet-media/core')
  const { nodeHttpTransport } = await import('@tweet-media/core/node')
  const { openAsBlob } = await import('node:fs')
  const uploader = createUploader({ baseUrl: url, auth: { bearerToken: 'bench-user-access-token' }, transport: nodeHttpTransport(), chunkSize, resumeStore: false })
  const blob = await openAsBlob(file.path, { type: 'video/mp4' })
  const started = performance.now()
  await uploader.upload(blob)
  return file.size / MB / ((performance.now() - started) / 1000)
}

/**
 * Upload rate of each chunk size over each link, end to end (INIT to processing done),
 * the file sized to take about `link.seconds` at the link's rate.
 */
export async function runChunkSize({ quick, log }) {
  const mock = await startService(fileURLToPath(new URL('../servers/mock-server.mjs', import.meta.url)))
  const runs = quick ? 1 : 3
  const rows = []
  try {
    for (const link of LINKS) {
      const fileBytes = Math.max(8 * MB, Math.round((link.upBytesPerSec * (quick ? link.seconds / 3 : link.seconds)) / MB) * MB)
      const file = await ensureMp4File(fileBytes)
      const proxy = await startThrottleProxy({ port: Number(new URL(mock.url).port) }, link)
      try {
        const row = { link: link.name, fileBytes, linkMbPerSec: link.upBytesPerSec / MB, rates: {} }
        for (const chunkSize of CHUNK_SIZES) {
          const rates = []
          for (let run = 0; run < runs; run++) {
            rates.push(await uploadOnce(proxy.url, file, chunkSize))
            await mock.ask('reset')
          }
          row.rates[chunkSize] = median(rates)
          log(`  ${link.name}, ${chunkSize / MB} MB chunks: ${row.rates[chunkSize].toFixed(2)} MB/s`)
        }
        rows.push(row)
      } finally {
        await proxy.close()
      }
    }
  } finally {
    await mock.close()
  }
  const { DEFAULT_CHUNK_SIZE } = await import('@tweet-media/core')
  return { runs, chunkSizes: CHUNK_SIZES, defaultChunkBytes: CHUNK_SIZES.includes(DEFAULT_CHUNK_SIZE) ? DEFAULT_CHUNK_SIZE : undefined, concurrency: 3, rows }
}
