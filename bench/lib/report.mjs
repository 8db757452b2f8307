// The result tables, built once from latest.json and drawn both in the terminal and in BENCHMARKS.md.
import { MB } from './stats.mjs'

const fixed = (value, digits = 0) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits))
const megabytes = (bytes) => `${fixed(bytes / MB, 1)} MB`
const rate = (value) => value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 1 : 0 })

function throughputTables(throughput) {
  const ceiling = throughput.rows.find((row) => row.id === 'ceiling')
  return [
    {
      title: `Throughput: ${fixed(throughput.fileBytes / MB)} MB MP4 over loopback, ${throughput.chunkBytes / MB} MB chunks, median of ${throughput.runs} runs after a warm-up`,
      columns: ['upload', 'in flight', 'MB/s', 'of ceiling', 'time', 'client CPU', 'server CPU', 'peak RSS', 'over baseline'],
      rows: throughput.rows.map((row) => [
        row.label,
        String(row.concurrency),
        fixed(row.mbPerSec),
        `${fixed((row.mbPerSec / ceiling.mbPerSec) * 100)} %`,
        `${fixed(row.ms / 1000, 2)} s`,
        `${fixed(row.clientCpuMs / 1000, 2)} s`,
        `${fixed(row.serverCpuMs / 1000, 2)} s`,
        megabytes(row.peakRss),
        megabytes(row.deltaRss),
      ]),
    },
    {
      title: 'Ratios (median MB/s of core over the other)',
      columns: ['ratio', 'core', 'over', 'value', 'goal', 'result'],
      rows: throughput.ratios.map((ratio) => [
        ratio.name,
        ratio.core,
        throughput.rows.find((row) => row.id === ratio.peer).label,
        `${fixed(ratio.ratio, 2)}×`,
        ratio.goal === undefined ? '–' : `≥ ${ratio.goal}×`,
        ratio.goal === undefined ? '' : ratio.met ? 'met' : 'NOT MET',
      ]),
    },
  ]
}

function memoryTables(memory) {
  const chunk = memory.chunkBytes
  const verdict = (row) => {
    if (row.role === 'reference') return 'reference'
    const result = row.withinBudget && row.keepsNothing ? 'pass' : `FAIL (${row.withinBudget ? 'kept' : 'peak'})`
    return row.role === 'control' ? `${result} (must fail)` : result
  }
  const budget = `${memory.concurrency} × ${chunk / MB} MB in flight + ${memory.runtimeAllowanceBytes / MB} MB runtime allowance = ${memory.budgetBytes / MB} MB (${fixed(memory.budgetBytes / chunk)} chunks)`
  return [
    {
      title: `Memory: peak RSS over a warmed-up baseline (worst run; at that peak: growth of V8's heap, of ArrayBuffers and outside V8), and what stays reachable after the upload; core's budget: ${budget}, keeping at most ${memory.retainedToleranceBytes / MB} MB`,
      columns: ['upload', 'file', 'runs', 'baseline RSS', 'peak RSS', 'over baseline', 'in chunks', 'V8 heap', 'ArrayBuffers', 'outside V8', 'kept after', 'budget'],
      rows: memory.rows.map((row) => [
        row.label,
        megabytes(row.fileBytes),
        String(row.runs),
        megabytes(row.baselineRss),
        megabytes(row.peakRss),
        megabytes(row.deltaRss),
        fixed(row.deltaChunks, 1),
        megabytes(row.atPeak.heap),
        megabytes(row.atPeak.arrayBuffers),
        megabytes(row.atPeak.native),
        megabytes(row.retainedBytes),
        verdict(row),
      ]),
    },
    {
      title: `Memory growth with file size: median over baseline at the largest file minus at the smallest (core's tolerance: ${memory.sizeToleranceBytes / MB} MB, ${memory.sizeToleranceBytes / chunk} chunks)`,
      columns: ['upload', 'files', 'growth', 'in chunks', 'result'],
      rows: memory.growth.map((entry) => {
        const row = memory.rows.find((candidate) => candidate.id === entry.id)
        const result = row.role === 'reference' ? 'reference' : `${entry.flat ? 'pass' : 'FAIL'}${row.role === 'control' ? ' (must fail)' : ''}`
        return [row.label, `${fixed(entry.fromBytes / MB)} → ${fixed(entry.toBytes / MB)} MB`, megabytes(entry.growth), fixed(entry.growth / chunk, 1), result]
      }),
    },
  ]
}

function cpuTable(cpu) {
  return {
    title: 'CPU hot paths (operations per second, one core)',
    columns: ['operation', 'implementation', 'ops/s', 'MB/s'],
    rows: cpu.rows.map((row) => [row.name, row.implementation, rate(row.opsPerSec), row.mbPerSec === undefined ? '' : fixed(row.mbPerSec)]),
  }
}

function sizeTable(size) {
  return {
    title: `Bundle size: ${size.tool}, budgets from .size-limit.json`,
    columns: ['entry', 'min+gzip', 'budget', 'result'],
    rows: size.rows.map((row) => [row.name, `${fixed(row.bytes / 1000, 2)} kB`, row.limit ?? '–', row.passed ? 'pass' : 'FAIL']),
  }
}

function rendersTable(renders) {
  return {
    title: `Renders of a component using useMediaUpload during a ${fixed(renders.fileBytes / MB)} MB upload (headless Chromium, ${renders.transport.toUpperCase()} transport)`,
    columns: ['React commits (<Profiler onRender>)', 'task notifications', 'upload time', 'commits per second'],
    rows: [[String(renders.commits), String(renders.taskNotifications), `${fixed(renders.ms / 1000, 2)} s`, fixed(renders.commits / (renders.ms / 1000), 1)]],
  }
}

const verdict = (goal) => (goal.met ? 'met' : 'NOT MET')

function browserTable(browser) {
  const { goals } = browser
  const bytes = (value) => `${fixed(value / MB, 1)} MB`
  return {
    title: `Browser: ${fixed(browser.fileBytes / MB)} MB ${browser.source} through createUploader (XHR transport, ${browser.chunkBytes / MB} MB chunks, ${browser.concurrency} in flight) to the standalone mock, headless Chromium`,
    columns: ['figure', 'value', 'reference', 'goal', 'result'],
    rows: [
      ['core over a bare XHR loop sending the same slices', `${fixed(goals.coreOverBareXhr.value, 2)}× (${fixed(browser.core.mbPerSec)} MB/s)`, `bare XHR: ${fixed(browser.bareXhr.mbPerSec)} MB/s`, `≥ ${goals.coreOverBareXhr.goal}×`, verdict(goals.coreOverBareXhr)],
      ['long tasks (> 50 ms) on the main thread during core\'s upload', `${browser.longTasks.count} (longest ${fixed(browser.longTasks.longestMs)} ms)`, `bare XHR: ${browser.bareXhr.longTasks.count} (longest ${fixed(browser.bareXhr.longTasks.longestMs)} ms)`, `${goals.longTasks.goal}`, verdict(goals.longTasks)],
      [`upload() of a ${fixed(browser.firstAppendByte.fileBytes / MB)} MB file to its first APPEND byte (fingerprint and INIT included)`, `${fixed(browser.firstAppendByte.ms)} ms`, `handed to XHR at ${fixed(browser.firstAppendByte.handedToXhrMs)} ms`, `< ${goals.firstAppendByteMs.goal} ms`, verdict(goals.firstAppendByteMs)],
      ['V8 heap growth during the upload (peak over the start)', bytes(browser.heap.peakGrowthBytes), `chunks in flight: ${bytes(browser.heap.inFlightBytes)}`, '≤ chunks in flight', verdict(goals.heapGrowth)],
      ['main thread per segment, framing as one Blob read back from a Request (before)', `${fixed(browser.oldBlobFramingMsPerSegment, 1)} ms per ${browser.chunkBytes / MB} MB`, 'now: the FormData is handed to XHR, no framing', '–', ''],
    ],
  }
}

function chunkSizeTable(chunkSize) {
  return {
    title: `Chunk size over throttled loopback links: core v2, node:http transport, ${chunkSize.concurrency} APPENDs in flight, MB/s end to end (INIT to processing done), median of ${chunkSize.runs}; best per link in bold`,
    columns: ['link', 'file', 'link rate', ...chunkSize.chunkSizes.map((bytes) => `${bytes / MB} MB chunks`)],
    rows: chunkSize.rows.map((row) => {
      const best = Math.max(...chunkSize.chunkSizes.map((bytes) => row.rates[bytes]))
      return [
        row.link,
        megabytes(row.fileBytes),
        `${fixed(row.linkMbPerSec, 2)} MB/s`,
        ...chunkSize.chunkSizes.map((bytes) => (row.rates[bytes] === best ? `**${fixed(row.rates[bytes], 2)}**` : fixed(row.rates[bytes], 2))),
      ]
    }),
  }
}

function fourItemsTable(four) {
  const { goals } = four
  return {
    title: `Rendering: ${four.items} videos of ${fixed(four.itemBytes / MB)} MB uploading at once in <MediaUploader> (headless Chromium, XHR transport, ${fixed(four.ms / 1000, 2)} s, ${four.frames} frames, ${four.commits} commits)`,
    columns: ['figure', 'value', 'goal', 'result'],
    rows: [
      ['most React commits within one animation frame', String(goals.commitsPerFrame.value), `≤ ${goals.commitsPerFrame.goal}`, goals.commitsPerFrame.met ? 'met' : 'NOT MET'],
      ['longest gap between animation frames', `${fixed(goals.frameGap.value)} ms`, `≤ ${goals.frameGap.goal} ms`, goals.frameGap.met ? 'met' : 'NOT MET'],
    ],
  }
}

/** Every table a results object has, in reading order; a failed section becomes a one-line table. */
export function resultTables(results) {
  const tables = []
  const failed = (name) => ({ title: `${name}: failed`, columns: ['error'], rows: [[results.errors[name]]] })
  for (const [name, build] of [
    ['throughput', (value) => throughputTables(value)],
    ['memory', (value) => memoryTables(value)],
    ['cpu', (value) => [cpuTable(value)]],
    ['size', (value) => [sizeTable(value)]],
    ['renders', (value) => [rendersTable(value), ...(value.fourItems ? [fourItemsTable(value.fourItems)] : [])]],
    ['browser', (value) => [browserTable(value)]],
    ['chunk-size', (value) => [chunkSizeTable(value)]],
    ['prepare', (value) => [prepareTable(value)]],
  ]) {
    if (results[name]) tables.push(...build(results[name]))
    else if (results.errors?.[name]) tables.push(failed(name))
  }
  return tables
}

/** @tweet-media/prepare in headless Chromium: time per file, main-thread long tasks, bytes loaded for a file needing nothing. */
function prepareTable({ runs, timings, noPreparation }) {
  return {
    title: `Media preparation in headless Chromium (median of ${runs}; long tasks > 50 ms on the main thread)`,
    columns: ['file', 'median ms', 'output', 'long tasks', 'longest task ms'],
    rows: [
      ...timings.map((timing) => [timing.name, timing.medianMs, `${(timing.outputBytes / 1_048_576).toFixed(2)} MB`, timing.longTasks, timing.longestTaskMs]),
      ['a photo needing nothing: resources / bytes loaded', noPreparation.ms, '-', `${noPreparation.resourcesLoaded} / ${noPreparation.bytesLoaded} B`, '-'],
    ],
  }
}

/** A table as aligned plain text for the terminal. */
export function textTable({ title, columns, rows }) {
  const widths = columns.map((column, i) => Math.max(column.length, ...rows.map((row) => String(row[i]).length)))
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd()
  return [title, line(columns), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')
}

/** A table as GitHub Markdown, under a bold title line. */
export function markdownTable({ title, columns, rows }) {
  const escape = (cell) => String(cell).replaceAll('|', '\\|')
  return [`**${title}**`, '', `| ${columns.map(escape).join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`)].join('\n')
}
