import { MB, median } from '../lib/stats.mjs'
import { CHUNK_BYTES, CLIENTS, CONCURRENCY, FETCH_FLOOR, WHOLE_FILE_CONTROL, measureUpload } from './upload-runs.mjs'

/**
 * What Node itself needs above the chunks in flight while fetch streams a file-backed Blob,
 * with or without a library, measured from a warmed-up baseline (see BENCHMARKS.md): V8's
 * heap grows 5–13 MB, the 64 KB buffers Node's Blob reader allocates wait for a GC
 * (4–24 MB of ArrayBuffers at the peak), and freed native memory stays with the allocator
 * (0–40 MB). Core keeps nothing of its own per chunk, so this is all it may add.
 */
export const RUNTIME_ALLOWANCE_BYTES = 40 * MB

/** Core's peak RSS above its warmed-up baseline, in any run: the chunks in flight plus the runtime's allowance. */
export const CORE_MEMORY_BUDGET_BYTES = CONCURRENCY * CHUNK_BYTES + RUNTIME_ALLOWANCE_BYTES

/**
 * How much more core's median growth may be at the largest file than at the smallest.
 * The RSS high-water creeps up a few MB over a longer run (more GC cycles); a leak of 4 %
 * of the file, or any buffering of it, exceeds this.
 */
export const SIZE_TOLERANCE_BYTES = 2 * CHUNK_BYTES

/** Core keeps nothing once an upload is over; a leak, or a file kept for later, exceeds this. */
export const RETAINED_TOLERANCE_BYTES = CHUNK_BYTES

/** The memory check runs at least this many times per file size: its size check compares medians. */
export const MIN_MEMORY_RUNS = 3

/** The peak split by kind: what grew in V8's heap, in external memory (ArrayBuffers), and outside V8. */
function breakdown(run) {
  const heap = run.atPeak.heapTotal - run.baseline.heapTotal
  const external = run.atPeak.external - run.baseline.external
  return { heap, external, arrayBuffers: run.atPeak.arrayBuffers - run.baseline.arrayBuffers, native: run.atPeak.rss - run.baseline.rss - heap - external }
}

function summarize(entry, fileBytes, runs) {
  const worst = runs.reduce((a, b) => (a.deltaRss >= b.deltaRss ? a : b))
  return {
    id: entry.id,
    label: entry.label,
    role: entry === FETCH_FLOOR ? 'reference' : entry === WHOLE_FILE_CONTROL ? 'control' : 'core',
    fileBytes,
    runs: runs.length,
    baselineRss: median(runs.map((run) => run.baselineRss)),
    peakRss: worst.peakRss,
    deltaRss: worst.deltaRss,
    medianDeltaRss: median(runs.map((run) => run.deltaRss)),
    deltaChunks: worst.deltaRss / CHUNK_BYTES,
    atPeak: breakdown(worst),
    retainedBytes: Math.max(...runs.map((run) => run.retainedBytes)),
    withinBudget: worst.deltaRss <= CORE_MEMORY_BUDGET_BYTES,
    keepsNothing: runs.every((run) => run.retainedBytes <= RETAINED_TOLERANCE_BYTES),
  }
}

/** Median growth at the largest file over the smallest, per upload; `flat` when within the tolerance. */
function sizeGrowth(rows, id) {
  const own = rows.filter((row) => row.id === id)
  const smallest = own.reduce((a, b) => (a.fileBytes <= b.fileBytes ? a : b))
  const largest = own.reduce((a, b) => (a.fileBytes >= b.fileBytes ? a : b))
  const growth = largest.medianDeltaRss - smallest.medianDeltaRss
  return { id, fromBytes: smallest.fileBytes, toBytes: largest.fileBytes, growth, flat: growth <= SIZE_TOLERANCE_BYTES }
}

/**
 * Core's peak RSS over its warmed-up baseline at each file size (fresh process per run),
 * next to Node's fetch alone and a control that holds the whole file in memory. Core passes
 * when every run is within the budget and keeps nothing once it is over, and its growth
 * does not depend on the file size; the control must fail, or the check could not catch a
 * buffered file. Sizes the throughput section already measured are taken from it.
 */
export async function runMemory({ sizes, runs, servers, ensureFile, throughput, log }) {
  const rows = []
  for (const size of sizes) {
    const file = await ensureFile(size)
    for (const entry of [FETCH_FLOOR, ...CLIENTS.filter((client) => client.core), WHOLE_FILE_CONTROL]) {
      const earlier = throughput?.fileBytes === size ? throughput.rows.find((row) => row.id === entry.id)?.runs : undefined
      const reused = earlier?.length >= MIN_MEMORY_RUNS ? earlier : undefined
      const measured = reused ?? []
      if (!reused) {
        // The control needs no warm-up run or repeats: it is meant to be far over.
        const rounds = entry === WHOLE_FILE_CONTROL ? 1 : Math.max(runs, MIN_MEMORY_RUNS)
        if (entry !== WHOLE_FILE_CONTROL) await measureUpload(entry, file, servers)
        for (let round = 1; round <= rounds; round++) measured.push(await measureUpload(entry, file, servers))
      }
      const row = summarize(entry, size, measured)
      rows.push(row)
      log(`  ${entry.label}, ${size / MB} MB: +${(row.deltaRss / MB).toFixed(1)} MB over baseline (worst of ${measured.length})`)
    }
  }
  const growth = [...new Set(rows.map((row) => row.id))].map((id) => sizeGrowth(rows, id))
  const passes = (id) => rows.every((row) => row.id !== id || (row.withinBudget && row.keepsNothing)) && growth.find((entry) => entry.id === id).flat
  const coreIds = CLIENTS.filter((client) => client.core).map((client) => client.id)
  const controlCaught = !passes(WHOLE_FILE_CONTROL.id)
  return {
    chunkBytes: CHUNK_BYTES,
    concurrency: CONCURRENCY,
    runtimeAllowanceBytes: RUNTIME_ALLOWANCE_BYTES,
    budgetBytes: CORE_MEMORY_BUDGET_BYTES,
    sizeToleranceBytes: SIZE_TOLERANCE_BYTES,
    retainedToleranceBytes: RETAINED_TOLERANCE_BYTES,
    rows,
    growth,
    corePassed: coreIds.every(passes),
    controlCaught,
  }
}
