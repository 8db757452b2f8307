// `pnpm bench`: throughput, memory, CPU hot paths, bundle size and render counts of
// @tweet-media/core and @tweet-media/react next to twitter-api-v2 and @xdevplatform/xdk.
// Writes bench/results/latest.json and prints the tables; `--write-md` also regenerates
// BENCHMARKS.md. Exits 1 when a budget (memory, bundle size) is exceeded or a section fails.
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from './lib/args.mjs'
import { buildStale } from './lib/build.mjs'
import { startService } from './lib/child.mjs'
import { describeMachine } from './lib/machine.mjs'
import { ensureMp4File } from './lib/mp4-file.mjs'
import { resultTables, textTable } from './lib/report.mjs'
import { runBrowser } from './sections/browser.mjs'
import { runChunkSize } from './sections/chunk-size.mjs'
import { runCpu } from './sections/cpu.mjs'
import { runMemory } from './sections/memory.mjs'
import { runPrepare } from './sections/prepare.mjs'
import { runRenders } from './sections/renders.mjs'
import { runSize } from './sections/size.mjs'
import { runThroughput } from './sections/throughput.mjs'
import { writeBenchmarksMarkdown } from './write-markdown.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url))
const log = (text) => console.log(text)

async function main() {
  const argv = process.argv.slice(2)
  const options = parseArgs(argv)
  const { sections } = options
  const results = {
    command: ['pnpm bench', ...argv.filter((arg) => arg !== '--write-md')].join(' '),
    machine: describeMachine(root),
    options: { runs: options.runs, fileBytes: options.sizeBytes, memorySizes: options.memorySizes, renderBytes: options.renderBytes, browserBytes: options.browserBytes, firstByteBytes: options.firstByteBytes, quick: options.quick },
    errors: {},
  }

  if (options.build) {
    const needed = ['core', ...(['throughput', 'memory', 'renders', 'browser', 'chunk-size'].some((name) => sections.has(name)) ? ['msw'] : []), ...(sections.has('size') ? ['react'] : [])]
    const built = buildStale(root, needed)
    if (built.length > 0) log(`built: ${built.join(', ')}`)
  }

  const section = async (name, run) => {
    if (!sections.has(name)) return
    log(`\n${name}`)
    try {
      results[name] = await run()
    } catch (error) {
      results.errors[name] = error instanceof Error ? error.message : String(error)
      log(`  failed: ${results.errors[name]}`)
    }
  }

  if (sections.has('throughput') || sections.has('memory')) {
    const servers = { mock: await startService(fileURLToPath(new URL('./servers/mock-server.mjs', import.meta.url))), discard: await startService(fileURLToPath(new URL('./servers/discard-server.mjs', import.meta.url))) }
    try {
      await section('throughput', async () => runThroughput({ file: await ensureMp4File(options.sizeBytes), runs: options.runs, servers, log }))
      await section('memory', () => runMemory({ sizes: options.memorySizes, runs: options.runs, servers, ensureFile: ensureMp4File, throughput: results.throughput, log }))
    } finally {
      await Promise.all([servers.mock.close(), servers.discard.close()])
    }
  }
  await section('cpu', () => runCpu({ budgetMs: options.cpuBudgetMs }))
  await section('size', () => runSize({ root }))
  await section('renders', () => runRenders({ root, fileBytes: options.renderBytes }))
  await section('browser', () => runBrowser({ root, fileBytes: options.browserBytes, firstByteBytes: options.firstByteBytes }))
  await section('chunk-size', () => runChunkSize({ quick: options.quick, log }))
  await section('prepare', () => runPrepare({ root }))

  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(`${resultsDir}latest.json`, `${JSON.stringify(results, null, 2)}\n`)
  log(`\n${resultTables(results).map(textTable).join('\n\n')}`)
  log(`\nmachine: ${results.machine.cpu}, ${results.machine.cores} cores, node ${results.machine.node}; results in bench/results/latest.json`)
  if (options.writeMarkdown) {
    writeBenchmarksMarkdown(results, root)
    log('BENCHMARKS.md written')
  }

  const failures = [
    ...Object.keys(results.errors).map((name) => `${name} failed`),
    ...(results.memory && !results.memory.corePassed ? ['core memory over budget or growing with the file size'] : []),
    ...(results.memory && !results.memory.controlCaught ? ['the memory check passed the whole-file control, so it cannot catch buffering'] : []),
    ...(results.size && !results.size.passed ? ['bundle size over budget'] : []),
    ...(results.prepare && !results.prepare.passed ? ['media preparation loaded bytes for a file needing nothing'] : []),
  ]
  if (failures.length > 0) {
    console.error(`\npnpm bench: ${failures.join('; ')}`)
    process.exitCode = 1
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
