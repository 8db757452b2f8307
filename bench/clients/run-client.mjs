// One measured upload in a fresh process: load the client and open the file, take the
// baseline RSS, upload, then read the peak RSS the kernel saw for this process.
import { performance } from 'node:perf_hooks'

const input = JSON.parse(process.argv[2] ?? '{}')

async function main() {
  const { prepare } = await import(`./${input.client}.mjs`)
  const upload = await prepare(input)
  globalThis.gc?.()
  const baselineRss = process.memoryUsage.rss()
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  await upload()
  const ms = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  process.send({
    client: input.client,
    bytes: input.file.size,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    baselineRss,
    peakRss: process.resourceUsage().maxRSS * 1024,
  })
}

main().then(
  () => process.disconnect(),
  (error) => {
    process.send({ error: error?.stack ?? String(error) })
    process.disconnect()
  },
)
