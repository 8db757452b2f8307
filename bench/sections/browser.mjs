import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { MB } from '../lib/stats.mjs'

/** Goals of the browser figures (issue #15). */
export const BROWSER_GOALS = { coreOverBareXhr: 0.8, longTasks: 0, firstAppendByteMs: 100 }

/**
 * Core's XHR path in headless Chromium (Vitest browser mode) against the standalone mock:
 * its rate against a bare XHR loop sending the same slices, long tasks on the main thread,
 * V8 heap growth, and time from `upload()` to the first APPEND byte of a large file.
 */
export function runBrowser({ root, fileBytes, firstByteBytes }) {
  const resultsFile = 'bench/results/browser.json'
  rmSync(join(root, resultsFile), { force: true })
  execFileSync('pnpm', ['exec', 'vitest', 'run', '--config', 'bench/browser/vitest.config.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 900_000,
    env: {
      ...process.env,
      BENCH_BROWSER_MB: String(fileBytes / MB),
      BENCH_FIRST_BYTE_MB: String(firstByteBytes / MB),
      BENCH_BROWSER_RESULTS: resultsFile,
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    },
  })
  const result = JSON.parse(readFileSync(join(root, resultsFile), 'utf8'))
  const ratio = result.core.mbPerSec / result.bareXhr.mbPerSec
  return {
    ...result,
    goals: {
      coreOverBareXhr: { value: ratio, goal: BROWSER_GOALS.coreOverBareXhr, met: ratio >= BROWSER_GOALS.coreOverBareXhr },
      longTasks: { value: result.longTasks.count, goal: BROWSER_GOALS.longTasks, met: result.longTasks.count <= BROWSER_GOALS.longTasks },
      firstAppendByteMs: { value: result.firstAppendByte.ms, goal: BROWSER_GOALS.firstAppendByteMs, met: result.firstAppendByte.ms < BROWSER_GOALS.firstAppendByteMs },
      heapGrowth: { value: result.heap.peakGrowthBytes, goal: result.heap.inFlightBytes, met: result.heap.peakGrowthBytes <= result.heap.inFlightBytes },
    },
  }
}
