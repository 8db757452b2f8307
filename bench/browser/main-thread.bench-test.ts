import { createUploader, xhrTransport, type Transport } from '@tweet-media/core'
import { expect, inject, test } from 'vitest'
import { commands } from 'vitest/browser'
import { mp4Blocks } from '../lib/mp4-bytes.mjs'
import { bareXhrUpload } from './bare-xhr-upload'

declare module 'vitest/browser' {
  interface BrowserCommands {
    jsHeapUsed(): Promise<number>
  }
}

const MB = 1024 * 1024
const CHUNK_BYTES = 4 * MB
const CONCURRENCY = 3
/** A task longer than this blocks input and frames (the Long Tasks API's own threshold). */
const LONG_TASK_MS = 50

/**
 * The same MP4-shaped bytes the Node benchmark writes to disk, held in memory: what a
 * canvas, the clipboard, MediaRecorder or a photo preparation hands over, and the case
 * where framing a segment used to copy it on the main thread.
 */
function inMemoryMp4(totalBytes: number): File {
  // Copy each block as it is produced: the generator reuses its buffer for the next one.
  return new File(Array.from(mp4Blocks(totalBytes), (block) => block.slice()), 'clip.mp4', { type: 'video/mp4' })
}

/** Counts long tasks on the main thread from now until `stop()`. */
function watchLongTasks(): () => { count: number; longestMs: number } {
  const durations: number[] = []
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration)
  })
  observer.observe({ type: 'longtask' })
  return () => {
    for (const entry of observer.takeRecords()) durations.push(entry.duration)
    observer.disconnect()
    const long = durations.filter((ms) => ms > LONG_TASK_MS)
    return { count: long.length, longestMs: Math.max(0, ...durations) }
  }
}

/** Samples V8's used heap every 100 ms until `stop()`; the peak over the first sample. */
async function watchHeap(): Promise<() => Promise<{ baselineBytes: number; peakGrowthBytes: number }>> {
  const baselineBytes = await commands.jsHeapUsed()
  let peak = baselineBytes
  let running = true
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await commands.jsHeapUsed())
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()
  return async () => {
    running = false
    await loop
    return { baselineBytes, peakGrowthBytes: peak - baselineBytes }
  }
}

/**
 * Main-thread time to frame one segment of an in-memory Blob as core did before it handed
 * XHR the FormData: one Blob around the slice, read back from a Request. The median of
 * `rounds`, in ms; the FormData hand-over does none of this work.
 */
async function blobFramingMs(file: Blob, rounds: number): Promise<number> {
  const times: number[] = []
  for (let round = 0; round < rounds; round++) {
    const slice = file.slice(round * CHUNK_BYTES, (round + 1) * CHUNK_BYTES)
    const started = performance.now()
    const framed = new Blob(['--b\r\nContent-Disposition: form-data; name="media"; filename="blob"\r\n\r\n', slice, '\r\n--b--\r\n'])
    await new Request('https://upload.example/', { method: 'POST', body: framed }).blob()
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0
}

const uploaderFor = (transport: Transport = xhrTransport()) =>
  createUploader({ baseUrl: inject('mockUrl'), auth: { bearerToken: 'bench-user-access-token' }, transport, chunkSize: CHUNK_BYTES, concurrency: CONCURRENCY, resumeStore: false })

const mbPerSec = (bytes: number, ms: number): number => bytes / MB / (ms / 1000)

test('core over XHR against a bare XHR loop: rate, long tasks, heap, and time to the first APPEND byte', async () => {
  const file = inMemoryMp4(inject('uploadBytes'))
  const uploader = uploaderFor()
  // Warm-up: both paths once with a small file (module code, connections, the mock's JIT).
  const warmUp = inMemoryMp4(CHUNK_BYTES * 2)
  await uploader.upload(warmUp, { onProgress: () => undefined })
  await bareXhrUpload(inject('mockUrl'), warmUp, CHUNK_BYTES, CONCURRENCY)

  const stopBareLongTasks = watchLongTasks()
  const bareStarted = performance.now()
  await bareXhrUpload(inject('mockUrl'), file, CHUNK_BYTES, CONCURRENCY)
  const bareMs = performance.now() - bareStarted
  const bareLongTasks = stopBareLongTasks()

  const stopLongTasks = watchLongTasks()
  const stopHeap = await watchHeap()
  const coreStarted = performance.now()
  // With a progress listener, as a UI uploads: the XHR transport and its byte progress.
  await uploader.upload(file, { onProgress: () => undefined })
  const coreMs = performance.now() - coreStarted
  const longTasks = stopLongTasks()
  const heap = await stopHeap()

  const framingMs = await blobFramingMs(file, Math.min(9, Math.floor(file.size / CHUNK_BYTES)))

  // Time from upload() to the first byte of the first APPEND on the wire, as the XHR reports
  // it, fingerprint (SHA-256 of the first MB) and INIT included; and to the moment core hands
  // that APPEND to XMLHttpRequest, which tells core's own time from the browser's.
  const big = inMemoryMp4(inject('firstByteBytes'))
  const xhr = xhrTransport()
  const started = performance.now()
  let firstAppendByteMs: number | undefined
  let firstAppendSentMs: number | undefined
  const controller = new AbortController()
  const timing: Transport = {
    reportsUploadProgress: xhr.reportsUploadProgress,
    sendsFormData: xhr.sendsFormData,
    send: (request, options) => {
      if (options?.formData && firstAppendSentMs === undefined) firstAppendSentMs = performance.now() - started
      return xhr.send(request, {
        ...options,
        onUploadProgress: (loaded, total) => {
          if (options?.formData && loaded > 0 && firstAppendByteMs === undefined) {
            firstAppendByteMs = performance.now() - started
            controller.abort()
          }
          options?.onUploadProgress?.(loaded, total)
        },
      })
    },
  }
  await expect(uploaderFor(timing).upload(big, { onProgress: () => undefined, signal: controller.signal })).rejects.toMatchObject({ code: 'aborted' })
  expect(firstAppendByteMs).toBeGreaterThan(0)

  await commands.writeFile(
    inject('resultsFile'),
    JSON.stringify({
      fileBytes: file.size,
      chunkBytes: CHUNK_BYTES,
      concurrency: CONCURRENCY,
      source: 'in-memory Blob',
      core: { ms: coreMs, mbPerSec: mbPerSec(file.size, coreMs) },
      bareXhr: { ms: bareMs, mbPerSec: mbPerSec(file.size, bareMs), longTasks: bareLongTasks },
      longTasks,
      oldBlobFramingMsPerSegment: framingMs,
      heap: { ...heap, inFlightBytes: CHUNK_BYTES * CONCURRENCY },
      firstAppendByte: { fileBytes: big.size, ms: firstAppendByteMs, handedToXhrMs: firstAppendSentMs },
    }),
  )
})
