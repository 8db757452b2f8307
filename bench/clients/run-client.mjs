// One measured upload in a fresh process. The client is loaded and warmed up with one small
// upload through its own stack first (Node's fetch, for one, loads and compiles undici on
// its first request), so the baseline RSS is that of a process ready to upload and the
// measured time and CPU are the upload's alone. process.memoryUsage() is sampled during the
// upload, so the peak can be split into V8 heap, external memory (ArrayBuffers) and the rest,
// and read again after a full collection at the end: what the upload left behind.
import { performance } from 'node:perf_hooks'

const input = JSON.parse(process.argv[2] ?? '{}')

/** How often memory is sampled during the upload; the kernel's maxRSS is the exact peak. */
const SAMPLE_EVERY_MS = 5

function memorySampler() {
  let atPeak = process.memoryUsage()
  const sample = () => {
    const usage = process.memoryUsage()
    if (usage.rss > atPeak.rss) atPeak = usage
  }
  const timer = setInterval(sample, SAMPLE_EVERY_MS)
  return () => {
    clearInterval(timer)
    sample()
    return atPeak
  }
}

/**
 * Memory once garbage is gone: what the process still holds. Two full collections a moment
 * apart, because memory held through finalizers (Blob data, freed ArrayBuffers) is only
 * released by the collection after the one that found it unreachable.
 */
async function settledMemory() {
  for (let pass = 0; pass < 2; pass++) {
    await new Promise((resolve) => setTimeout(resolve, 10))
    globalThis.gc?.()
  }
  return process.memoryUsage()
}

async function main() {
  const { prepare } = await import(`./${input.client}.mjs`)
  const upload = await prepare(input)
  await upload(input.warmUpFile)
  const baseline = await settledMemory()
  const stopSampling = memorySampler()
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  await upload(input.file)
  const ms = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  const atPeak = stopSampling()
  const peakRss = process.resourceUsage().maxRSS * 1024
  const afterUpload = await settledMemory()
  process.send({
    client: input.client,
    bytes: input.file.size,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    baseline,
    atPeak,
    afterUpload,
    peakRss,
  })
}

main().then(
  () => process.disconnect(),
  (error) => {
    process.send({ error: error?.stack ?? String(error) })
    process.disconnect()
  },
)
