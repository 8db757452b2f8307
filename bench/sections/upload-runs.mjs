import { fileURLToPath } from 'node:url'
import { runChild } from '../lib/child.mjs'
import { ensureMp4File } from '../lib/mp4-file.mjs'
import { mbPerSec } from '../lib/stats.mjs'

const RUN_CLIENT = fileURLToPath(new URL('../clients/run-client.mjs', import.meta.url))

/** Same chunk size for every client that lets you choose (4 MB, under X's 5 MB limit), same concurrency where there is one. */
export const CHUNK_BYTES = 4 * 1024 * 1024
export const CONCURRENCY = 3

/** Every client uploads a file this small once before it is measured (see run-client.mjs). */
const WARM_UP_BYTES = 256 * 1024

/**
 * The compared uploads. `server` says where each one sends: the mock, or the bare server
 * that discards the body (the ceiling). `core` marks the rows of this library.
 */
export const CLIENTS = [
  { id: 'ceiling', label: 'node:http POST, whole file (ceiling)', client: 'raw-post', server: 'discard', concurrency: 1 },
  { id: 'mock-ingest', label: 'mock ingest: bare multipart APPENDs', client: 'raw-appends', server: 'mock', concurrency: CONCURRENCY },
  { id: 'core-v2', label: '@tweet-media/core, v2', client: 'core', dialect: 'v2', server: 'mock', core: true, concurrency: CONCURRENCY },
  { id: 'core-v2-node', label: '@tweet-media/core, v2, node:http transport', client: 'core', dialect: 'v2', server: 'mock', core: true, concurrency: CONCURRENCY, options: { transport: 'node' } },
  { id: 'core-v1.1', label: '@tweet-media/core, v1.1', client: 'core', dialect: 'v1.1', server: 'mock', core: true, concurrency: CONCURRENCY },
  { id: 'twitter-api-v2', label: 'twitter-api-v2 1.29.1 uploadMedia (v1.1)', client: 'twitter-api-v2', server: 'mock', concurrency: CONCURRENCY },
  { id: 'xdk', label: '@xdevplatform/xdk 0.6.6, quickstart loop (v2)', client: 'xdk', server: 'mock', concurrency: 1 },
]

/** Node's own fetch doing the same APPENDs with no library: what the runtime alone costs. */
export const FETCH_FLOOR = { id: 'fetch-floor', label: 'reference: fetch + FormData(Blob slice), no library', client: 'fetch-formdata', server: 'mock', concurrency: CONCURRENCY, unprocessed: true }

/**
 * The memory check's control: core uploading a copy of the whole file held in memory, which
 * is what buffering the file would cost. The check must fail it, or it could not catch that.
 */
export const WHOLE_FILE_CONTROL = {
  id: 'control-whole-file',
  label: 'control: core v2 with the whole file in memory (must fail)',
  client: 'core',
  dialect: 'v2',
  server: 'mock',
  concurrency: CONCURRENCY,
  options: { wholeFileInMemory: true },
}

/** The parts of `process.memoryUsage()` a run reports. */
const memoryParts = ({ rss, heapTotal, heapUsed, external, arrayBuffers }) => ({ rss, heapTotal, heapUsed, external, arrayBuffers })

/** Live JavaScript objects and external memory (ArrayBuffers, Blob data), exact only after a full collection. */
const liveBytes = (usage) => usage.heapUsed + usage.external

/**
 * One upload of `file` by `entry` in a fresh process (after a warm-up upload of a small
 * file), checked end to end: the mock must hold the same SHA-256 and have finished
 * processing. Adds the server's CPU time.
 */
export async function measureUpload(entry, file, servers) {
  const server = servers[entry.server]
  const warmUp = await ensureMp4File(WARM_UP_BYTES)
  const cpuBefore = await server.ask('usage')
  const run = await runChild(RUN_CLIENT, {
    client: entry.client,
    dialect: entry.dialect,
    file: { path: file.path, size: file.size },
    warmUpFile: { path: warmUp.path, size: warmUp.size },
    url: server.url,
    chunkSize: CHUNK_BYTES,
    concurrency: entry.concurrency,
    ...entry.options,
  })
  const cpuAfter = await server.ask('usage')
  if (entry.server === 'mock') {
    const media = await servers.mock.ask('lastMedia')
    await servers.mock.ask('reset')
    if (media?.sha256 !== file.sha256 || media.size !== file.size) {
      throw new Error(`${entry.label}: the mock holds ${media?.size} bytes with SHA-256 ${media?.sha256}, expected ${file.size} bytes with ${file.sha256}`)
    }
    if (!entry.unprocessed && media.processing !== 'succeeded') throw new Error(`${entry.label}: finished before processing succeeded (${media.processing})`)
  }
  return {
    ms: run.ms,
    mbPerSec: mbPerSec(file.size, run.ms),
    clientCpuMs: run.cpuMs,
    serverCpuMs: cpuAfter.cpuMs - cpuBefore.cpuMs,
    baselineRss: run.baseline.rss,
    peakRss: run.peakRss,
    deltaRss: run.peakRss - run.baseline.rss,
    baseline: memoryParts(run.baseline),
    atPeak: memoryParts(run.atPeak),
    // What the upload left reachable once it was over (both sides after a full collection).
    retainedBytes: liveBytes(run.afterUpload) - liveBytes(run.baseline),
  }
}
