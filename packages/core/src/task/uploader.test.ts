import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { localStorageResumeStore } from '../engine/resume-store'
import { abortableSleep, type Sleep } from '../engine/sleep'
import { rejectionOf } from '../../test/test-errors'
import { PNG_BYTES } from '../../test/test-media'
import { fetchTransport } from '../transport/fetch-transport'
import type { Transport } from '../transport/types'
import type { Dialect } from '../types'
import { createMockedX, mapStorage, MIB, patternedFile, requestsOf, sha256Hex, testUploader, testVideo } from '../../test/test-support'
import type { UploadProgressEvent } from './types'
import { serveDuringTests } from '../../test/serve-during-tests'

const { clock, mock } = createMockedX()
const server = serveDuringTests(mock)

const image = (): File => patternedFile(PNG_BYTES, 40_000, 'cat.png', 'image/png')

const initUrl = (dialect: Dialect): string =>
  dialect === 'v2' ? 'https://api.x.com/2/media/upload/initialize' : 'https://upload.twitter.com/1.1/media/upload.json'

/** X answers the first INIT with `status` and these headers; returns when that happened. */
function refuseFirstInit(dialect: Dialect, status: number, headers: Record<string, string>): { answeredAt(): number | undefined } {
  let answeredAt: number | undefined
  server.use(
    http.post(
      initUrl(dialect),
      () => {
        answeredAt = clock.now()
        return HttpResponse.json({ errors: [{ code: status === 429 ? 88 : 131, message: 'Try later' }] }, { status, headers })
      },
      { once: true },
    ),
  )
  return { answeredAt: () => answeredAt }
}

/** The real timer, which reports each wait as it starts. */
function observedSleep(onWait: (ms: number) => void): Sleep {
  return (ms, signal) => {
    const waiting = abortableSleep(ms, signal)
    onWait(ms)
    return waiting
  }
}

describe.each<Dialect>(['v2', 'v1.1'])('upload engine (%s)', (dialect) => {
  it('uploads a 20 MB MP4 in 5 MB chunks while a fifth of the APPENDs fail, and X assembles the exact bytes', async () => {
    mock.configure({ appendFailureRate: 0.2, processing: { rounds: 1, checkAfterSecs: 1 } })
    const file = testVideo(20 * MIB)
    const { uploader } = testUploader(dialect, clock, { chunkSize: 5 * MIB })

    const media = await uploader.upload(file)

    expect(requestsOf(mock, 'APPEND', 'injected-failure').length).toBeGreaterThan(0)
    expect(requestsOf(mock, 'APPEND', 'ok').map((entry) => entry.segmentIndex).sort()).toEqual([0, 1, 2, 3])
    const stored = mock.store.get(media.mediaId)
    expect(stored?.size).toBe(file.size)
    expect(stored?.sha256).toBe(await sha256Hex(file))
    expect(media.processingInfo?.state).toBe('succeeded')
    expect(media.expiresAt).toBeGreaterThan(clock.now())
  })

  it('turns bytes sent within a segment into progress, before X acknowledges it', async () => {
    // fetch cannot see bytes within a request; this transport reports half of each segment
    // sent before the answer, as XMLHttpRequest does in a browser.
    const fetchOnly = fetchTransport()
    const halfway: Transport = {
      reportsUploadProgress: true,
      send: (request, options) => {
        options?.onUploadProgress?.(MIB / 2, MIB)
        return fetchOnly.send(request, options)
      },
    }
    const { uploader } = testUploader(dialect, clock, { transport: halfway, chunkSize: MIB, concurrency: 1 })
    const sent: number[] = []

    await uploader.upload(testVideo(3 * MIB), {
      onProgress: (event) => {
        if (event.phase === 'uploading') sent.push(event.bytesSent)
      },
    })

    expect(sent).toEqual(expect.arrayContaining([MIB / 2, 1.5 * MIB, 2.5 * MIB]))
    expect([...sent].sort((a, b) => a - b)).toEqual(sent)
    expect(sent.at(-1)).toBe(3 * MIB)
  })

  it('reads the file only through slices of at most one chunk', async () => {
    const file = testVideo(12 * MIB)
    const reads: Array<[number, number]> = []
    const slice = file.slice.bind(file)
    file.slice = (start = 0, end = file.size, type?: string) => {
      reads.push([start, end])
      return slice(start, end, type)
    }
    file.arrayBuffer = () => Promise.reject(new Error('the whole file was read'))
    file.stream = () => {
      throw new Error('the whole file was streamed')
    }
    const { uploader } = testUploader(dialect, clock, { chunkSize: 4 * MIB })

    const media = await uploader.upload(file)

    expect(mock.store.get(media.mediaId)?.size).toBe(file.size)
    expect(Math.max(...reads.map(([start, end]) => Math.min(end, file.size) - start))).toBeLessThanOrEqual(4 * MIB)
  })

  it('stops every request at once when aborted mid-upload, and sends nothing afterwards', async () => {
    const controller = new AbortController()
    const started: string[] = []
    let startedAtAbort = -1
    server.events.on('request:start', ({ request }) => {
      started.push(request.url)
      const appends = started.filter((url) => /append|upload\.json/.test(url)).length
      // Abort while the second APPEND is in flight.
      if (appends === 3 && !controller.signal.aborted) {
        startedAtAbort = started.length
        controller.abort()
      }
    })
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB, concurrency: 2 })
    const task = uploader.createTask(testVideo(6 * MIB), { signal: controller.signal })

    const error = await rejectionOf(task.start())
    await new Promise((resolve) => setTimeout(resolve, 50))
    server.events.removeAllListeners()

    expect(error.code).toBe('aborted')
    expect(task.getSnapshot().status).toBe('canceled')
    expect(started.length).toBe(startedAtAbort)
    expect(requestsOf(mock, 'FINALIZE')).toHaveLength(0)
  })

  it('resumes a failed upload by sending only the missing segments', async () => {
    mock.configure({ failAppendNumbers: [3] })
    const file = testVideo(5 * MIB)
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB, concurrency: 1, retry: false })
    const task = uploader.createTask(file)

    expect((await rejectionOf(task.start())).code).toBe('server')
    const state = task.getSnapshot().resumeState
    expect(state?.acknowledgedSegments).toEqual([0, 1])
    const appendsBefore = requestsOf(mock, 'APPEND').length

    const media = await task.retry()

    const resent = requestsOf(mock, 'APPEND').slice(appendsBefore)
    expect(resent.map((entry) => entry.segmentIndex)).toEqual([2, 3, 4])
    expect(requestsOf(mock, 'INIT')).toHaveLength(1)
    expect(media.mediaId).toBe(state?.mediaId)
    expect(mock.store.get(media.mediaId)?.sha256).toBe(await sha256Hex(file))
    expect(task.getSnapshot()).toMatchObject({ status: 'success', attempt: 2, resumeState: undefined })
  })

  it('resumes from a serialised resume state in another uploader', async () => {
    mock.configure({ failAppendNumbers: [2] })
    const file = testVideo(3 * MIB)
    const first = testUploader(dialect, clock, { chunkSize: MIB, concurrency: 1, retry: false }).uploader.createTask(file)
    await rejectionOf(first.start())
    const saved = JSON.parse(JSON.stringify(first.getSnapshot().resumeState)) as unknown
    const appendsBefore = requestsOf(mock, 'APPEND').length

    const { uploader } = testUploader(dialect, clock, { resumeStore: false })
    const media = await uploader.upload(file, { resumeState: saved as never })

    expect(requestsOf(mock, 'APPEND').slice(appendsBefore).map((entry) => entry.segmentIndex)).toEqual([1, 2])
    expect(mock.store.get(media.mediaId)?.sha256).toBe(await sha256Hex(file))
  })

  it('finds the state of the same file in a shared resume store, as after a page reload', async () => {
    mock.configure({ failAppendNumbers: [3] })
    const storage = mapStorage()
    const file = testVideo(4 * MIB)
    const config = { chunkSize: MIB, concurrency: 1, retry: false as const, resumeStore: localStorageResumeStore(storage) }
    await rejectionOf(testUploader(dialect, clock, config).uploader.upload(file))
    expect(storage.data.size).toBe(1)
    const appendsBefore = requestsOf(mock, 'APPEND').length

    // A new page: another uploader, and a new File object for the same bytes.
    const again = new File([file], file.name, { type: file.type, lastModified: file.lastModified })
    const media = await testUploader(dialect, clock, config).uploader.upload(again)

    expect(requestsOf(mock, 'APPEND').slice(appendsBefore).map((entry) => entry.segmentIndex)).toEqual([2, 3])
    expect(requestsOf(mock, 'INIT')).toHaveLength(1)
    expect(mock.store.get(media.mediaId)?.sha256).toBe(await sha256Hex(file))
    expect(storage.data.size).toBe(0)
  })

  it('starts over with a new id when the saved one has expired, never reusing it', async () => {
    mock.configure({ failAppendNumbers: [2], expiresAfterSecs: 600 })
    const file = testVideo(3 * MIB)
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB, concurrency: 1, retry: false })
    const task = uploader.createTask(file)
    await rejectionOf(task.start())
    const oldId = task.getSnapshot().resumeState?.mediaId
    clock.advance(601_000)
    const appendsBefore = requestsOf(mock, 'APPEND').length

    const media = await task.retry()

    expect(media.mediaId).not.toBe(oldId)
    expect(requestsOf(mock, 'INIT')).toHaveLength(2)
    const resent = requestsOf(mock, 'APPEND').slice(appendsBefore)
    expect(resent.every((entry) => entry.mediaId === media.mediaId)).toBe(true)
    expect(resent.map((entry) => entry.segmentIndex)).toEqual([0, 1, 2])
  })

  it('reports media that X calls expired during processing as media-expired', async () => {
    mock.configure({ expiresAfterSecs: 120, processing: { rounds: 3, checkAfterSecs: 30 } })
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB, expiryMarginMs: 60_000 })
    const task = uploader.createTask(testVideo(2 * MIB))

    const error = await rejectionOf(task.start())

    expect(error.code).toBe('media-expired')
    expect(task.getSnapshot()).toMatchObject({ status: 'error', media: undefined })
  })

  it('refuses media X still accepts but that expires within the safety margin', async () => {
    // Processing ends 90 s into a 120 s life: 30 s left, less than the 60 s margin.
    mock.configure({ expiresAfterSecs: 120, processing: { rounds: 2, checkAfterSecs: 30 } })
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB, expiryMarginMs: 60_000 })
    const task = uploader.createTask(testVideo(2 * MIB))

    const error = await rejectionOf(task.start())

    expect(mock.store.requests.every((entry) => entry.outcome === 'ok')).toBe(true)
    expect(mock.store.statusCallTimes(requestsOf(mock, 'INIT')[0]?.mediaId ?? '')).toHaveLength(3)
    expect(error.code).toBe('media-expired')
    expect(task.getSnapshot()).toMatchObject({ status: 'error', media: undefined })
  })

  it('moves a finished upload to expired once its id is about to expire', async () => {
    const { uploader } = testUploader(dialect, clock, { expiryMarginMs: 60_000 })
    const task = uploader.createTask(image())
    const media = await task.start()

    expect(task.checkExpiry(media.expiresAt - 120_000)).toBe('success')
    expect(task.checkExpiry(media.expiresAt - 30_000)).toBe('expired')
    expect(task.getSnapshot().error?.code).toBe('media-expired')
  })

  it('waits exactly as long as a 429 asks before trying again', async () => {
    mock.configure({ rateLimit: { afterRequests: 2, resetAfterSecs: 60 } })
    const { uploader, waits } = testUploader(dialect, clock, { chunkSize: MIB, concurrency: 1 })

    const media = await uploader.upload(testVideo(2 * MIB))

    const log = mock.store.requests
    const limited = log.findIndex((entry) => entry.outcome === 'rate-limited')
    expect(limited).toBeGreaterThan(-1)
    // X's window opened with the first request; x-rate-limit-reset is its end in epoch seconds.
    const resetAt = Math.ceil(((log[0]?.time ?? 0) + 60_000) / 1000) * 1000
    expect(waits[0]).toBe(resetAt - (log[limited]?.time ?? 0))
    expect(log[limited + 1]?.time).toBe(resetAt)
    expect(log[limited + 1]?.outcome).toBe('ok')
    expect(mock.store.get(media.mediaId)?.state).toBe('finalized')
  })

  it('waits exactly as long as Retry-After asks before trying again', async () => {
    const refused = refuseFirstInit(dialect, 503, { 'retry-after': '42' })
    const { uploader, waits } = testUploader(dialect, clock, { chunkSize: MIB })

    const media = await uploader.upload(testVideo(2 * MIB))

    expect(waits[0]).toBe(42_000)
    expect(requestsOf(mock, 'INIT')[0]?.time).toBe((refused.answeredAt() ?? Number.NaN) + 42_000)
    expect(mock.store.get(media.mediaId)?.state).toBe('finalized')
  })

  it('stops a retry wait at once when aborted, and sends nothing more', async () => {
    refuseFirstInit(dialect, 429, { 'retry-after': '600' })
    const controller = new AbortController()
    const waited: number[] = []
    const { uploader } = testUploader(dialect, clock, {
      chunkSize: MIB,
      // A real ten-minute timer: only the abort can end this wait within the test.
      sleep: observedSleep((ms) => {
        waited.push(ms)
        controller.abort()
      }),
    })

    const error = await rejectionOf(uploader.upload(testVideo(2 * MIB), { signal: controller.signal }))

    expect(error.code).toBe('aborted')
    expect(waited).toEqual([600_000])
    expect(mock.store.requests).toHaveLength(0)
  })

  it('stops the processing wait at once when canceled, and asks STATUS no more', async () => {
    mock.configure({ processing: { rounds: 3, checkAfterSecs: 600 } })
    const waited: number[] = []
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB, sleep: observedSleep((ms) => waited.push(ms)) })
    const task = uploader.createTask(testVideo(2 * MIB))
    task.subscribe(() => {
      if (task.getSnapshot().status === 'processing') task.cancel()
    })

    const error = await rejectionOf(task.start())

    expect(error.code).toBe('aborted')
    expect(task.getSnapshot().status).toBe('canceled')
    expect(waited).toEqual([60_000]) // X said 600 s; the wait is capped at a minute
    expect(requestsOf(mock, 'FINALIZE')).toHaveLength(1)
    expect(requestsOf(mock, 'STATUS')).toHaveLength(0)
  })

  it("never appends another file's bytes to a saved id: a foreign resume state starts over", async () => {
    mock.configure({ failAppendNumbers: [2] })
    const original = testVideo(3 * MIB)
    const first = testUploader(dialect, clock, { chunkSize: MIB, concurrency: 1, retry: false }).uploader.createTask(original)
    await rejectionOf(first.start())
    const saved = first.getSnapshot().resumeState
    // Same name, size and date; one byte of the first segment differs.
    const bytes = new Uint8Array(await original.arrayBuffer())
    bytes[100] = (bytes[100] ?? 0) ^ 0xff
    const edited = new File([bytes], original.name, { type: original.type, lastModified: original.lastModified })
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB, resumeStore: false })

    const media = await uploader.upload(edited, { resumeState: saved })

    expect(media.mediaId).not.toBe(saved?.mediaId)
    expect(requestsOf(mock, 'INIT')).toHaveLength(2)
    expect(mock.store.get(media.mediaId)?.sha256).toBe(await sha256Hex(edited))
  })

  it('stores the alt text of an image', async () => {
    const { uploader } = testUploader(dialect, clock)

    const media = await uploader.upload(image(), { altText: 'A cat asleep on a piano' })

    expect(media.altText).toBe('A cat asleep on a piano')
    expect(mock.store.get(media.mediaId)?.altText).toBe('A cat asleep on a piano')
  })

  it('polls STATUS exactly when check_after_secs says, reporting progress_percent', async () => {
    mock.configure({ processing: { rounds: 3, checkAfterSecs: 7 } })
    const events: UploadProgressEvent[] = []
    const { uploader, waits } = testUploader(dialect, clock, { chunkSize: MIB })

    const media = await uploader.upload(testVideo(2 * MIB), { onProgress: (event) => events.push(event) })

    const finalizedAt = requestsOf(mock, 'FINALIZE')[0]?.time ?? 0
    const statusTimes = mock.store.statusCallTimes(media.mediaId)
    expect(statusTimes).toEqual([1, 2, 3, 4].map((round) => finalizedAt + round * 7_000))
    expect(waits).toEqual([7_000, 7_000, 7_000, 7_000])
    expect(media.processingInfo?.state).toBe('succeeded')
    const percents = events.filter((event) => event.phase === 'processing').map((event) => event.processingPercent)
    expect(percents.filter((percent) => percent !== undefined)).toEqual([25, 50, 75, 100])
  })

  it("ends a failed processing as processing-failed with X's error", async () => {
    mock.configure({ processing: { rounds: 1, fail: true } })
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB })

    const error = await rejectionOf(uploader.upload(testVideo(2 * MIB)))

    expect(error.code).toBe('processing-failed')
    expect(error.xCode).toBe(1)
    expect(error.message).toContain('Unsupported video format')
  })

  it('gives up as processing-timeout once the total wait would pass the limit', async () => {
    mock.configure({ processing: { rounds: 1_000, checkAfterSecs: 10 } })
    const { uploader, waits } = testUploader(dialect, clock, { chunkSize: MIB, processingTimeoutMs: 45_000 })

    const error = await rejectionOf(uploader.upload(testVideo(2 * MIB)))

    expect(error.code).toBe('processing-timeout')
    expect(waits).toEqual([10_000, 10_000, 10_000, 10_000])
  })
})
