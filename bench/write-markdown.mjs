// Regenerates BENCHMARKS.md from bench/results/latest.json: `node bench/write-markdown.mjs`,
// or `pnpm bench --write-md` right after a run. Every figure in the document comes from there.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { markdownTable, resultTables } from './lib/report.mjs'
import { MB } from './lib/stats.mjs'

function findings(results) {
  const lines = []
  const { throughput, memory, renders, browser } = results
  const chunkSize = results['chunk-size']
  if (throughput) {
    const row = (id) => throughput.rows.find((entry) => entry.id === id)
    const ceiling = row('ceiling')
    const ingest = row('mock-ingest')
    const busiest = throughput.rows
      .filter((entry) => entry.server === 'mock')
      .map((entry) => ({ entry, load: entry.serverCpuMs / entry.ms }))
      .reduce((a, b) => (a.load > b.load ? a : b))
    lines.push(
      `- Server: bare multipart APPENDs reach ${ingest.mbPerSec.toFixed(0)} MB/s against the mock, ${((ingest.mbPerSec / ceiling.mbPerSec) * 100).toFixed(0)} % of the ${ceiling.mbPerSec.toFixed(0)} MB/s that node:http reaches against a server that discards the body. ` +
        `The mock's CPU time is at most ${(busiest.load * 100).toFixed(0)} % of a run's wall time (${busiest.entry.label}); ` +
        (busiest.load > 0.8 ? 'near one full core, so that run is partly bounded by the mock.' : 'below one full core, so the mock is not what bounds the clients.'),
    )
    for (const ratio of throughput.ratios) {
      const peer = row(ratio.peer)
      const goal = ratio.goal === undefined ? '' : ratio.met ? ` Goal ≥ ${ratio.goal}×: met.` : ` Goal ≥ ${ratio.goal}×: **not reached**.`
      lines.push(`- ${ratio.name}: ${row(ratio.core).label} reaches ${ratio.ratio.toFixed(2)}× the rate of ${peer.label}.${goal}`)
    }
  }
  if (memory) {
    const mb = (bytes) => `${(bytes / MB).toFixed(1)} MB`
    const core = memory.rows.filter((row) => row.role === 'core')
    const worst = core.reduce((a, b) => (a.deltaRss > b.deltaRss ? a : b))
    const reference = memory.rows.filter((row) => row.role === 'reference')
    const control = memory.rows.filter((row) => row.role === 'control')
    const flat = memory.growth.filter((entry) => core.some((row) => row.id === entry.id))
    lines.push(
      `- Core's worst peak over its warmed-up baseline is ${mb(worst.deltaRss)} (${worst.deltaChunks.toFixed(1)} chunks) at ${(worst.fileBytes / MB).toFixed(0)} MB, against a budget of ${mb(memory.budgetBytes)}: ${memory.corePassed ? 'within budget at every size' : 'OVER BUDGET or growing with the file'}. ` +
        `Its median growth changes by ${flat.map((entry) => mb(entry.growth)).join(' and ')} from ${(flat[0].fromBytes / MB).toFixed(0)} MB to ${(flat[0].toBytes / MB).toFixed(0)} MB files (tolerance ${mb(memory.sizeToleranceBytes)}).`,
      `- At core's peak, V8's heap had grown ${core.map((row) => mb(row.atPeak.heap)).join(', ')}, ArrayBuffers ${core.map((row) => mb(row.atPeak.arrayBuffers)).join(', ')} and memory outside V8 ${core.map((row) => mb(row.atPeak.native)).join(', ')} (per row above). ` +
        'Core holds no chunk in memory: each APPEND streams its slice of the file; the ArrayBuffers are the 64 KB read buffers of Node\'s Blob reader waiting for a GC, and the rest is what the allocator keeps after freeing them.',
      `- Node's fetch alone with a FormData per APPEND grows ${reference.map((row) => `${mb(row.deltaRss)} at ${(row.fileBytes / MB).toFixed(0)} MB`).join(', ')}.`,
      `- Control: core given the whole file in memory grows ${control.map((row) => `${mb(row.deltaRss)} at ${(row.fileBytes / MB).toFixed(0)} MB`).join(', ')}; the check ${memory.controlCaught ? 'fails it, as it must' : 'PASSES it, so it could not catch a buffered file'}.`,
    )
  }
  if (renders) {
    if (renders.fourItems) {
      const { goals } = renders.fourItems
      const state = (goal) => (goal.met ? 'met' : '**not reached**')
      lines.push(
        `- Four ${(renders.fourItems.itemBytes / MB).toFixed(0)} MB videos at once in <MediaUploader>: at most ${goals.commitsPerFrame.value} React commits in one animation frame (goal ≤ 1: ${state(goals.commitsPerFrame)}), longest frame gap ${goals.frameGap.value.toFixed(0)} ms (goal ≤ ${goals.frameGap.goal} ms: ${state(goals.frameGap)}).`,
      )
    }
    lines.push(`- The component committed ${renders.commits} times for ${renders.taskNotifications} task notifications during the ${(renders.fileBytes / MB).toFixed(0)} MB upload.`)
  }
  if (browser) {
    const { goals } = browser
    const state = (goal) => (goal.met ? 'met' : '**not reached**')
    lines.push(
      `- Browser: core over XHR reaches ${goals.coreOverBareXhr.value.toFixed(2)}× a bare XHR loop sending the same slices (${browser.core.mbPerSec.toFixed(0)} vs ${browser.bareXhr.mbPerSec.toFixed(0)} MB/s); goal ≥ ${goals.coreOverBareXhr.goal}×: ${state(goals.coreOverBareXhr)}.`,
      `- Long tasks (> 50 ms) during core's upload of an in-memory Blob: ${browser.longTasks.count} (longest ${browser.longTasks.longestMs.toFixed(0)} ms); during the bare XHR loop: ${browser.bareXhr.longTasks.count} (longest ${browser.bareXhr.longTasks.longestMs.toFixed(0)} ms); goal 0: ${state(goals.longTasks)}. ` +
        `Framing a segment as one Blob read back from a Request, as core did before, costs ${browser.oldBlobFramingMsPerSegment.toFixed(1)} ms of main thread per ${browser.chunkBytes / MB} MB; core now hands XHR the FormData and the browser streams the slice. ` +
        (browser.longTasks.count > 0 && browser.bareXhr.longTasks.count > 0 ? 'The bare loop, which runs no library code, has long tasks too: on this machine they come from the browser and the load, not from core.' : ''),
      `- upload() of a ${(browser.firstAppendByte.fileBytes / MB).toFixed(0)} MB file to its first APPEND byte: ${browser.firstAppendByte.ms.toFixed(0)} ms, of which ${browser.firstAppendByte.handedToXhrMs.toFixed(0)} ms until core hands the APPEND to XMLHttpRequest (inspection, fingerprint of the first MB, INIT); goal < ${goals.firstAppendByteMs.goal} ms: ${state(goals.firstAppendByteMs)}.` +
        (goals.firstAppendByteMs.met ? '' : ' The rest is the browser preparing the in-memory Blob for the request, before it reports a byte sent.'),
      `- V8 heap grew at most ${(browser.heap.peakGrowthBytes / MB).toFixed(1)} MB during the upload, against ${(browser.heap.inFlightBytes / MB).toFixed(0)} MB of chunks in flight: ${state(goals.heapGrowth)}.`,
    )
  }
  if (chunkSize) {
    const shortfalls = chunkSize.rows.map((row) => 1 - row.rates[chunkSize.defaultChunkBytes] / Math.max(...chunkSize.chunkSizes.map((bytes) => row.rates[bytes])))
    if (chunkSize.defaultChunkBytes !== undefined) lines.push(
      `- Core's default chunk (\`DEFAULT_CHUNK_SIZE\`, ${chunkSize.defaultChunkBytes / MB} MB) was the fastest on ${shortfalls.filter((gap) => gap === 0).length} of ${shortfalls.length} links in this run and at most ${(Math.max(...shortfalls) * 100).toFixed(0)} % behind the fastest on any. ` +
        'Where the bandwidth is the limit the chunk size changes little; where each APPEND\'s round trip counts (a fast link, a far server), larger chunks win.',
    )
    for (const row of chunkSize.rows) {
      const ranked = chunkSize.chunkSizes.map((bytes) => ({ bytes, rate: row.rates[bytes] })).sort((a, b) => b.rate - a.rate)
      const spread = ranked[0].rate / ranked.at(-1).rate
      lines.push(`- ${row.link}: ${ranked[0].bytes / MB} MB chunks are fastest (${ranked[0].rate.toFixed(2)} MB/s of a ${row.linkMbPerSec.toFixed(2)} MB/s link), ${((spread - 1) * 100).toFixed(0)} % ahead of the slowest (${ranked.at(-1).bytes / MB} MB).`)
    }
  }
  return lines
}

/** BENCHMARKS.md for a results object (the shape of bench/results/latest.json). */
export function benchmarksMarkdown(results) {
  const { machine } = results
  return `# Benchmarks

Generated by \`pnpm bench --write-md\` from \`bench/results/latest.json\`; do not edit the
figures by hand. Re-run on a quiet machine before quoting them.

## Reproduce

\`\`\`sh
pnpm install
${results.command}
\`\`\`

\`pnpm bench --quick\` (32 MB files, one run) checks the harness in about a minute; its
figures are not for publishing. \`pnpm bench --help\` lists the options. \`pnpm bench\` is
not part of \`pnpm test\`.

## Machine

| | |
| --- | --- |
| CPU | ${machine.cpu}, ${machine.cores} cores |
| Memory | ${machine.memoryGB} GB |
| OS | ${machine.os} |
| Node | ${machine.node} |
| Load average at start (1, 5, 15 min) | ${machine.loadAverage.join(', ')} |
| Commit | ${machine.commit} |
| Date | ${machine.date} |

## Method

- **File**: one MP4-shaped file (\`ftyp\`, \`moov\`, then an \`mdat\` of pseudo-random bytes)
  generated once in the OS temp dir. Core reads it with \`fs.openAsBlob\`, twitter-api-v2
  from its path, xdk and the bare clients through a file handle.
- **Server**: the standalone mock (\`createMockServer\` of \`@tweet-media/msw/node\`) in its
  own process, reset after every run. Processing ends at the first STATUS 1 ms after
  FINALIZE, so runs measure the transfer. After each run the mock's SHA-256 of the
  assembled media must equal the file's, or the run fails.
- **Clients**: each run is a fresh Node process that loads the client and uploads a
  256 KB file through it once (Node's fetch loads and compiles undici on its first
  request), then takes the baseline \`process.memoryUsage()\` and uploads the measured
  file: time, CPU and memory are the upload's alone. Peak RSS is
  \`process.resourceUsage().maxRSS\` at the end; \`process.memoryUsage()\` is sampled every
  5 ms during the upload to split the peak into V8 heap, ArrayBuffers and memory outside
  V8. Chunks are ${(results.throughput?.chunkBytes ?? 4 * MB) / MB} MB for every client;
  core and twitter-api-v2 send 3 APPENDs at once (their defaults), xdk one after the
  other with base64 in a JSON body, as X's chunked quickstart drives it. Core v1.1 and
  twitter-api-v2 sign every request with OAuth 1.0a; the v2 clients send a bearer token.
- **Ceiling (d)**: \`node:http\` POSTing the whole file once to a bare \`http.createServer\`
  that discards the body. **Mock ingest**: the least client work that completes a chunked
  v2 upload against the mock (pre-framed multipart APPENDs written to \`node:http\`): no
  client can beat it, so a client close to it is limited by the mock.
- **Memory check**: in every run core's peak RSS over its baseline must stay within the
  chunks in flight (concurrency × chunk size) plus a fixed runtime allowance
  (\`RUNTIME_ALLOWANCE_BYTES\` in \`bench/sections/memory.mjs\`, what Node needs to stream a
  file through fetch with no library at all), and its median growth may not rise with
  the file size by more than the stated tolerance. A control run, core uploading a copy
  of the whole file held in memory, must fail the check, or \`pnpm bench\` fails.
- **Node transport**: \`@tweet-media/core, v2, node:http transport\` is core with
  \`nodeHttpTransport()\` of \`@tweet-media/core/node\`; the goals of issue #15 apply to it
  (≥ 0.5× the ceiling, ≥ 1.2× twitter-api-v2, same run). The fetch rows stay for comparison.
- **Browser**: headless Chromium (\`bench/browser\`, the repository's own launch options), the
  standalone mock over loopback. The file is an in-memory Blob (the case where framing a
  segment used to copy it on the main thread). A bare XHR loop (JSON INIT, FormData APPENDs
  of the same 4 MB slices, 3 at once, FINALIZE, STATUS) runs first, then core's
  \`createUploader\` with the XHR transport and a progress listener; long tasks come from a
  \`PerformanceObserver\` for \`longtask\`, the heap from the DevTools protocol
  (\`Runtime.getHeapUsage\`) every 100 ms. The time to the first APPEND byte runs from
  \`upload()\` to the first upload progress event of an APPEND with bytes sent.
- **Chunk size**: core v2 on the node:http transport uploads through a TCP proxy in front of
  the mock that adds a one-way delay each way and limits the upload bandwidth
  (\`bench/lib/throttle-proxy.mjs\`), once per chunk size, end to end.
- Every client takes one warm-up run, then the clients take turns for each measured run;
  the tables show medians (memory: the worst run).

## Results

${resultTables(results).map(markdownTable).join('\n\n')}

## Findings

${findings(results).join('\n')}
`
}

/** Writes BENCHMARKS.md at the repository root. */
export function writeBenchmarksMarkdown(results, root) {
  writeFileSync(join(root, 'BENCHMARKS.md'), benchmarksMarkdown(results))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url))
  writeBenchmarksMarkdown(JSON.parse(readFileSync(join(root, 'bench/results/latest.json'), 'utf8')), root)
}
