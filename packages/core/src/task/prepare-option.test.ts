import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MediaUploadError } from '../errors/media-upload-error'
import { rejectionOf } from '../../test/test-errors'
import { PNG_BYTES } from '../../test/test-media'
import type { PrepareMedia } from './preparation'
import { serveDuringTests } from '../../test/serve-during-tests'
import { createMockedX, patternedFile, sha256Hex, testUploader } from '../../test/test-support'

const { clock, mock } = createMockedX()
const server = serveDuringTests(mock)

const photo = (): File => patternedFile(PNG_BYTES, 9_000, 'big.png', 'image/png')

/** A preparation that halves the file and says so; counts its calls. */
function halving(): { prepare: PrepareMedia; calls: () => number } {
  let calls = 0
  return {
    calls: () => calls,
    prepare: async (file, { onProgress }) => {
      calls += 1
      onProgress?.(0.5)
      return {
        file: new File([file.slice(0, file.size / 2)], 'big.png', { type: 'image/png' }),
        steps: [{ code: 'resized', from: '400x300', to: '200x150' }, { code: 'location-removed' }],
        original: { type: file.type, size: file.size, width: 400, height: 300 },
      }
    },
  }
}

describe('uploader option prepare', () => {
  it('runs before validation, uploads what it returned and tells the snapshot what changed', async () => {
    const { prepare } = halving()
    const file = photo()
    const task = testUploader('v2', clock, { prepare }).uploader.createTask(file)
    const phases: Array<string | undefined> = []
    task.subscribe(() => phases.push(task.getSnapshot().phase))

    const media = await task.start()

    expect(phases[0]).toBe('preparing')
    const { preparation, progress } = task.getSnapshot()
    expect(preparation).toEqual({
      steps: [{ code: 'resized', from: '400x300', to: '200x150' }, { code: 'location-removed' }],
      original: { type: 'image/png', size: 9_000, width: 400, height: 300 },
      size: 4_500,
      type: 'image/png',
    })
    expect(progress.bytesTotal).toBe(4_500)
    const stored = mock.store.get(media.mediaId)
    expect(stored?.size).toBe(4_500)
    expect(stored?.sha256).toBe(await sha256Hex(file.slice(0, 4_500)))
  })

  it('prepares once: a retry after a failed upload sends the same prepared file', async () => {
    const { prepare, calls } = halving()
    server.use(http.post('https://api.x.com/2/media/upload', () => HttpResponse.json({ errors: [{ message: 'no' }] }, { status: 400 }), { once: true }))
    const task = testUploader('v2', clock, { prepare, retry: false }).uploader.createTask(photo())

    await rejectionOf(task.start())
    const media = await task.retry()

    expect(calls()).toBe(1)
    expect(mock.store.get(media.mediaId)?.size).toBe(4_500)
  })

  it('a refusal from prepare ends the task in error with that error, before any request', async () => {
    const refusal = new MediaUploadError('unsupported-type', 'clip.mov is 2 min 29 s long; X takes videos up to 2 min 20 s.')
    const task = testUploader('v2', clock, { prepare: async () => Promise.reject(refusal) }).uploader.createTask(photo())

    expect(await rejectionOf(task.start())).toBe(refusal)
    expect(task.getSnapshot()).toMatchObject({ status: 'error', error: refusal, preparation: undefined })
    expect(mock.store.requests).toHaveLength(0)
  })

  it('cancel during preparation aborts its signal and the task ends canceled', async () => {
    let seen: AbortSignal | undefined
    const prepare: PrepareMedia = (_file, { signal }) => {
      seen = signal
      return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new MediaUploadError('aborted', 'stopped'))))
    }
    const task = testUploader('v2', clock, { prepare }).uploader.createTask(photo())
    const started = task.start()
    await Promise.resolve()

    task.cancel()

    expect(await rejectionOf(started)).toMatchObject({ code: 'aborted' })
    expect(seen?.aborted).toBe(true)
    expect(task.getSnapshot().status).toBe('canceled')
  })
})
