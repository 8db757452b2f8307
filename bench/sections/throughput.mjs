import { median } from '../lib/stats.mjs'
import { CHUNK_BYTES, CLIENTS, measureUpload } from './upload-runs.mjs'

function summarize(entry, runs) {
  const pick = (key) => median(runs.map((run) => run[key]))
  return {
    id: entry.id,
    label: entry.label,
    core: entry.core === true,
    server: entry.server,
    concurrency: entry.concurrency,
    runs,
    mbPerSec: pick('mbPerSec'),
    ms: pick('ms'),
    clientCpuMs: pick('clientCpuMs'),
    serverCpuMs: pick('serverCpuMs'),
    baselineRss: pick('baselineRss'),
    peakRss: pick('peakRss'),
    deltaRss: pick('deltaRss'),
  }
}

/**
 * Goals of the Node figures (issue #15): core v2 on its node:http transport at least half
 * the node:http ceiling and 1.2× twitter-api-v2, measured in the same run.
 */
export const THROUGHPUT_GOALS = [
  { core: 'core-v2-node', peer: 'ceiling', atLeast: 0.5 },
  { core: 'core-v2-node', peer: 'twitter-api-v2', atLeast: 1.2 },
]

/** `core` over `peer`, by median MB/s, with the goal where there is one. */
function ratios(rows) {
  const rate = Object.fromEntries(rows.map((row) => [row.id, row.mbPerSec]))
  const out = []
  for (const core of ['core-v2-node', 'core-v2', 'core-v1.1']) {
    for (const [peer, name] of [
      ['twitter-api-v2', 'a/b'],
      ['xdk', 'a/c'],
      ['ceiling', 'a/d'],
    ]) {
      if (!rate[core] || !rate[peer]) continue
      const goal = THROUGHPUT_GOALS.find((entry) => entry.core === core && entry.peer === peer)
      const ratio = rate[core] / rate[peer]
      out.push({ name, core, peer, ratio, ...(goal ? { goal: goal.atLeast, met: ratio >= goal.atLeast } : {}) })
    }
  }
  return out
}

/**
 * Every client uploads the same file to the same servers: one warm-up each, then `runs`
 * rounds in which the clients take turns, so a noisy moment hits them all alike.
 */
export async function runThroughput({ file, runs, servers, log }) {
  const perClient = new Map(CLIENTS.map((entry) => [entry.id, []]))
  for (const entry of CLIENTS) {
    log(`  warm-up: ${entry.label}`)
    await measureUpload(entry, file, servers)
  }
  for (let round = 1; round <= runs; round++) {
    for (const entry of CLIENTS) {
      const run = await measureUpload(entry, file, servers)
      perClient.get(entry.id).push(run)
      log(`  run ${round}/${runs}: ${entry.label}: ${run.mbPerSec.toFixed(0)} MB/s`)
    }
  }
  const rows = CLIENTS.map((entry) => summarize(entry, perClient.get(entry.id)))
  return { fileBytes: file.size, chunkBytes: CHUNK_BYTES, runs, rows, ratios: ratios(rows) }
}
