// Times @tweet-media/prepare on real files in headless Chromium and watches the main thread:
// long tasks (> 50 ms, PerformanceObserver) during preparation, and the resources a file
// that needs nothing makes the page load. Results go to bench/results/prepare.json.
import { createMediaPreparer, prepareMedia } from '@tweet-media/prepare'
import { MEDIA_LIMITS } from '@tweet-media/core'
import { expect, test } from 'vitest'
import { commands } from 'vitest/browser'
import { fixture } from '../../packages/prepare/test/browser-fixtures'

const RUNS = 3
const signal = (): AbortSignal => new AbortController().signal

/** Runs `work` while counting main-thread long tasks and resources loaded. */
async function watched<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; longTasks: number; longestTaskMs: number; sources: string[]; resources: string[]; bytesLoaded: number }> {
  const tasks: number[] = []
  const sources = new Set<string>()
  const resources: PerformanceResourceTiming[] = []
  const observers = [
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        tasks.push(entry.duration)
        // Which frame ran it: this test's iframe, or Vitest's own page around it (same thread).
        const attribution = (entry as PerformanceEntry & { attribution?: Array<{ containerType?: string; containerSrc?: string }> }).attribution?.[0]
        sources.add(`${attribution?.containerType ?? 'unknown'}${attribution?.containerSrc ? ` ${attribution.containerSrc}` : ''}`)
      }
    }),
    new PerformanceObserver((list) => resources.push(...(list.getEntries() as PerformanceResourceTiming[]))),
  ]
  observers[0]?.observe({ type: 'longtask' })
  observers[1]?.observe({ type: 'resource' })
  const started = performance.now()
  const result = await work()
  const ms = performance.now() - started
  // Entries are delivered asynchronously: let the last ones arrive.
  await new Promise((resolve) => setTimeout(resolve, 100))
  for (const observer of observers) observer.disconnect()
  return {
    result,
    ms,
    longTasks: tasks.length,
    longestTaskMs: Math.max(0, ...tasks),
    sources: [...sources],
    resources: resources.map((entry) => entry.name),
    bytesLoaded: resources.reduce((sum, entry) => sum + (entry.encodedBodySize || entry.transferSize), 0),
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

async function timeRuns(name: string, work: () => Promise<{ file: Blob }>) {
  await work() // warm-up: the worker's modules and the WASM decoder are fetched once
  const runs = []
  for (let run = 0; run < RUNS; run++) runs.push(await watched(work))
  const size = runs[0]?.result.file.size ?? 0
  return {
    name,
    medianMs: Math.round(median(runs.map((run) => run.ms))),
    outputBytes: size,
    longTasks: Math.max(...runs.map((run) => run.longTasks)),
    longestTaskMs: Math.round(Math.max(...runs.map((run) => run.longestTaskMs))),
    longTaskSources: [...new Set(runs.flatMap((run) => run.sources))],
  }
}

test('prepares real photos off the main thread and loads nothing for a file that needs nothing', async () => {
  const jpeg = await fixture('photo-12mp-gps-orientation6.jpg', 'image/jpeg')
  const heic = await fixture('photo-24mp.heic', 'image/heic')
  // The fixture is flat (about 100 KB): a 60 KB limit makes it go through decode, quality search and scaling.
  const toSixtyKb = createMediaPreparer({ limits: { photo: { maxBytes: 60_000 } } })

  const timings = [
    await timeRuns('12 MP JPEG, metadata removed (fits 5 MB)', () => prepareMedia(jpeg, { signal: signal() })),
    await timeRuns('12 MP JPEG re-encoded to ≤ 60 KB (lowered limit)', () => toSixtyKb(jpeg, { signal: signal() })),
    await timeRuns('24 MP HEIC to JPEG ≤ 5 MB (WASM decoder)', () => prepareMedia(heic, { signal: signal() })),
  ]
  for (const timing of timings) expect(timing.outputBytes).toBeLessThanOrEqual(MEDIA_LIMITS.imageBytes)

  // A photo that needs nothing: already cleaned once. No worker, no decoder, no request.
  const clean = (await prepareMedia(jpeg, { signal: signal() })).file
  const untouched = await watched(() => prepareMedia(clean, { signal: signal() }))
  expect(untouched.result.steps).toEqual([])

  await commands.writeFile(
    'bench/results/prepare.json',
    JSON.stringify({
      runs: RUNS,
      timings,
      noPreparation: { resourcesLoaded: untouched.resources.length, bytesLoaded: untouched.bytesLoaded, ms: Math.round(untouched.ms) },
    }),
  )
})
