import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { PNG_BYTES } from '../../test/test-media'
import type { Dialect } from '../types'
import { createMockedX, MIB, patternedFile, requestsOf, testUploader, testVideo } from '../../test/test-support'
import type { UploadProgressEvent, UploadSnapshot, UploadStatus } from './types'
import { serveDuringTests } from '../../test/serve-during-tests'

const { clock, mock } = createMockedX(11)
const server = serveDuringTests(mock)

const image = (): File => patternedFile(PNG_BYTES, 30_000, 'cat <b>.png', 'image/png')
const metadataPath = (dialect: Dialect): string =>
  dialect === 'v2' ? 'https://api.x.com/2/media/metadata' : 'https://upload.twitter.com/1.1/media/metadata/create.json'
const failMetadataOnce = (dialect: Dialect): void =>
  server.use(
    http.post(metadataPath(dialect), () => HttpResponse.json({ errors: [{ code: 131, message: 'Internal error' }] }, { status: 500 }), {
      once: true,
    }),
  )

function statuses(task: { subscribe(listener: () => void): () => void; getSnapshot(): UploadSnapshot }): UploadStatus[] {
  const seen: UploadStatus[] = []
  task.subscribe(() => {
    const { status } = task.getSnapshot()
    if (seen.at(-1) !== status) seen.push(status)
  })
  return seen
}

describe.each<Dialect>(['v2', 'v1.1'])('upload task (%s)', (dialect) => {
  it('goes idle → validating → uploading → success with immutable snapshots', async () => {
    const { uploader } = testUploader(dialect, clock)
    const task = uploader.createTask(image())
    const first = task.getSnapshot()
    const seen = statuses(task)

    expect(first).toMatchObject({ status: 'idle', attempt: 0, altTextStatus: 'none', file: { name: 'cat <b>.png', size: 30_000 } })
    expect(Object.isFrozen(first)).toBe(true)
    const media = await task.start()
    await Promise.resolve()

    expect(task.start()).toBe(task.start())
    expect(seen[0]).toBe('validating')
    expect(seen.at(-1)).toBe('success')
    expect(task.getSnapshot()).not.toBe(first)
    expect(task.getSnapshot()).toMatchObject({ status: 'success', media, attempt: 1, progress: { fraction: 1 } })
    expect(first.status).toBe('idle')
    expect(requestsOf(mock, 'UPLOAD')).toHaveLength(1)
  })

  it('notifies listeners once for a burst of changes in the same tick', async () => {
    const { uploader } = testUploader(dialect, clock)
    const task = uploader.createTask(image())
    let notifications = 0
    task.subscribe(() => notifications++)

    void task.setAltText('a')
    void task.setAltText('ab')
    void task.setAltText('abc')
    expect(notifications).toBe(0)
    await Promise.resolve()

    expect(notifications).toBe(1)
    expect(task.getSnapshot()).toMatchObject({ altText: 'abc', altTextStatus: 'pending' })
  })

  it('keeps the alt text when storing it fails, and stores it again with setAltText', async () => {
    failMetadataOnce(dialect)
    const { uploader } = testUploader(dialect, clock, { retry: false })
    const task = uploader.createTask(image(), { altText: 'A cat' })

    const media = await task.start()

    expect(task.getSnapshot()).toMatchObject({ status: 'success', altText: 'A cat', altTextStatus: 'error' })
    expect(task.getSnapshot().altTextError?.code).toBe('server')
    expect(mock.store.get(media.mediaId)?.altText).toBeUndefined()

    await task.setAltText('A cat on a piano')

    expect(task.getSnapshot()).toMatchObject({ altText: 'A cat on a piano', altTextStatus: 'saved', altTextError: undefined })
    expect(task.getSnapshot().media?.altText).toBe('A cat on a piano')
    expect(mock.store.get(media.mediaId)?.altText).toBe('A cat on a piano')
  })

  it('refuses alt text over 1,000 characters without a request, keeping the text', async () => {
    const { uploader } = testUploader(dialect, clock)
    const task = uploader.createTask(image())
    await task.start()
    const long = 'x'.repeat(1001)

    await task.setAltText(long)

    expect(task.getSnapshot()).toMatchObject({ altText: long, altTextStatus: 'error' })
    expect(task.getSnapshot().altTextError?.code).toBe('alt-text-too-long')
    expect(requestsOf(mock, 'METADATA')).toHaveLength(0)
  })

  it('counts the time left on its own clock and margin, 0 without media or once expired', async () => {
    const { uploader } = testUploader(dialect, clock, { expiryMarginMs: 60_000 })
    const task = uploader.createTask(image())
    expect(task.timeLeftMs()).toBe(0)

    const media = await task.start()

    expect(task.timeLeftMs()).toBe(media.expiresAt - 60_000 - clock.now())
    expect(task.timeLeftMs(media.expiresAt - 120_000)).toBe(60_000)
    expect(task.timeLeftMs(media.expiresAt - 30_000)).toBe(0)
  })

  it('rejects a one-shot upload whose alt text could not be stored', async () => {
    failMetadataOnce(dialect)
    const { uploader } = testUploader(dialect, clock, { retry: false })

    await expect(uploader.upload(image(), { altText: 'A cat' })).rejects.toMatchObject({ code: 'server' })
  })

  it('rejects a file X would refuse before sending anything', async () => {
    const { uploader } = testUploader(dialect, clock)
    const task = uploader.createTask(new File(['just text'], 'notes.png', { type: 'image/png' }), { altText: 'kept' })

    await expect(task.start()).rejects.toMatchObject({ code: 'unsupported-type' })

    expect(task.getSnapshot()).toMatchObject({ status: 'error', altText: 'kept' })
    expect(mock.store.requests).toHaveLength(0)
  })

  it('cancels at once, then retries from the acknowledged segments', async () => {
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB, concurrency: 1 })
    const file = testVideo(4 * MIB)
    const task = uploader.createTask(file)
    const unsubscribe = task.subscribe(() => {
      if ((task.getSnapshot().resumeState?.acknowledgedSegments.length ?? 0) >= 2) task.cancel()
    })

    await expect(task.start()).rejects.toMatchObject({ code: 'aborted' })
    unsubscribe()
    expect(task.getSnapshot().status).toBe('canceled')
    const acknowledged = task.getSnapshot().resumeState?.acknowledgedSegments ?? []
    const appendsBefore = requestsOf(mock, 'APPEND', 'ok').length

    await task.retry()

    const resent = requestsOf(mock, 'APPEND', 'ok').slice(appendsBefore).map((entry) => entry.segmentIndex)
    expect(resent).toEqual([0, 1, 2, 3].filter((index) => !acknowledged.includes(index)))
    expect(task.getSnapshot()).toMatchObject({ status: 'success', attempt: 2 })
  })

  it('reports progress up to every byte, ending at a fraction of 1', async () => {
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB })
    const fractions: number[] = []
    const phases = new Set<string>()
    await uploader.upload(testVideo(3 * MIB), {
      onProgress: (event) => {
        fractions.push(event.fraction)
        phases.add(event.phase)
      },
    })

    expect(fractions.at(-1)).toBe(1)
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions)
    expect([...phases]).toEqual(['validating', 'uploading', 'finalizing', 'processing'])
  })
})

describe('upload task throttling', () => {
  it('sends at most one progress event per interval, and always the last one', async () => {
    const { uploader } = testUploader('v2', clock, { chunkSize: MIB, concurrency: 1, progressIntervalMs: 60_000 })
    const events: UploadProgressEvent[] = []

    await uploader.upload(testVideo(6 * MIB), { onProgress: (event) => events.push(event) })

    // The clock does not move while bytes are sent: of six acknowledged segments only the
    // first report and the latest (flushed at the phase change) get through.
    const uploading = events.filter((event) => event.phase === 'uploading').map((event) => event.bytesSent)
    expect(uploading).toEqual([0, 6 * MIB])
    expect(events.map((event) => event.phase)).toContain('finalizing')
    expect(events.at(-1)).toMatchObject({ bytesSent: 6 * MIB, fraction: 1 })
  })
})
