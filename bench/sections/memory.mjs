import { median } from '../lib/stats.mjs'
import { CHUNK_BYTES, CLIENTS, FETCH_FLOOR, measureUpload } from './upload-runs.mjs'

/** Core's peak RSS above its baseline may not exceed this many chunks, whatever the file size. */
export const CORE_MEMORY_BUDGET_CHUNKS = 16

/**
 * Core's peak RSS over its baseline at each file size (fresh process per run). Sizes the
 * throughput section already measured are taken from it rather than uploaded again.
 */
export async function runMemory({ sizes, runs, servers, ensureFile, throughput, log }) {
  const rows = []
  for (const size of sizes) {
    const file = await ensureFile(size)
    for (const entry of [FETCH_FLOOR, ...CLIENTS.filter((client) => client.core)]) {
      const reused = throughput?.fileBytes === size ? throughput.rows.find((row) => row.id === entry.id)?.runs : undefined
      const measured = reused ?? []
      if (!reused) {
        await measureUpload(entry, file, servers)
        for (let round = 1; round <= runs; round++) measured.push(await measureUpload(entry, file, servers))
      }
      const deltaRss = Math.max(...measured.map((run) => run.deltaRss))
      rows.push({
        id: entry.id,
        label: entry.label,
        fileBytes: size,
        baselineRss: median(measured.map((run) => run.baselineRss)),
        peakRss: median(measured.map((run) => run.peakRss)),
        deltaRss,
        deltaChunks: deltaRss / CHUNK_BYTES,
        // The reference row has no budget: it shows what Node's fetch alone costs.
        withinBudget: entry.core ? deltaRss <= CORE_MEMORY_BUDGET_CHUNKS * CHUNK_BYTES : undefined,
      })
      log(`  ${entry.label}, ${size / 1024 / 1024} MB: +${(deltaRss / 1024 / 1024).toFixed(1)} MB over baseline`)
    }
  }
  return { chunkBytes: CHUNK_BYTES, budgetChunks: CORE_MEMORY_BUDGET_CHUNKS, rows, passed: rows.every((row) => row.withinBudget !== false) }
}
