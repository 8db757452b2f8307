import { MutationCache, QueryClient } from '@tanstack/react-query'
import { UPLOADER_DEFAULTS, type UploadStatus } from '@tweet-media/core'
import { describe, expect, vi } from 'vitest'
import { renderHook } from 'vitest-browser-react'
import { photo, video } from '../../test/media-files'
import { test, withQueryClient, type MockedX } from '../../test/mocked-x'
import { useMediaUpload, type UseMediaUploadOptions } from './use-media-upload'
import { MEDIA_UPLOAD_MUTATION_KEY } from './use-upload-mutation'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

// Every `act` callback is async: a task notifies its subscribers in a microtask, and only an
// async `act` scope stays open long enough to include that render.
/** Renders the hook and records every status it rendered with. */
async function renderUpload(x: MockedX, options: Partial<UseMediaUploadOptions> = {}, client?: QueryClient) {
  const statuses: UploadStatus[] = []
  const uploader = x.uploader({ retry: false, chunkSize: 32_768 })
  const hook = await renderHook(
    () => {
      const state = useMediaUpload({ uploader, ...options })
      if (statuses.at(-1) !== state.status) statuses.push(state.status)
      return state
    },
    { wrapper: withQueryClient(client) },
  )
  return { ...hook, statuses }
}

describe('useMediaUpload', () => {
  test('uploads a photo: idle, validating, uploading, success, with the id and time left', async ({ x }) => {
    const { result, act, statuses } = await renderUpload(x)
    expect(result.current.status).toBe('idle')

    await act(async () => void result.current.upload(photo()))

    await expect.poll(() => result.current.status).toBe('success')
    expect(statuses).toEqual(['idle', 'validating', 'uploading', 'success'])
    const mediaId = result.current.mediaId
    expect(mediaId).toMatch(/^\d+$/)
    expect(x.mock.store.get(mediaId ?? '')?.state).toBe('finalized')
    expect(result.current.progress.fraction).toBe(1)
    expect(result.current.progress.bytesSent).toBe(photo().size)
    expect(result.current.isUsable).toBe(true)
    // X's default window is a day; the countdown deducts the uploader's safety margin.
    expect(result.current.timeLeftMs).toBe(DAY_MS - UPLOADER_DEFAULTS.expiryMarginMs)
  })

  test('shows a video processing until X says it succeeded', async ({ x }) => {
    x.waits.hold()
    const { result, act, statuses } = await renderUpload(x)

    await act(async () => void result.current.upload(video()))
    await expect.poll(() => result.current.status).toBe('processing')
    expect(result.current.mediaId).toBeUndefined()
    expect(result.current.isUsable).toBe(false)

    x.waits.release()
    await expect.poll(() => result.current.status).toBe('success')
    expect(statuses).toEqual(['idle', 'validating', 'uploading', 'processing', 'success'])
    expect(x.mock.store.get(result.current.mediaId ?? '')?.processing?.state).toBe('succeeded')
  })

  test('reports a typed error, and retry() finishes the upload', async ({ x }) => {
    x.mock.configure({ offline: true })
    const { result, act } = await renderUpload(x)

    await act(async () => void result.current.upload(photo(), { altText: 'A red square' }))
    await expect.poll(() => result.current.status).toBe('error')
    expect(result.current.error?.code).toBe('network')
    expect(result.current.mediaId).toBeUndefined()
    expect(result.current.altText).toBe('A red square')

    x.mock.configure({ offline: false })
    await act(async () => result.current.retry())
    await expect.poll(() => result.current.status).toBe('success')
    expect(x.mock.store.get(result.current.mediaId ?? '')?.altText).toBe('A red square')
  })

  test('cancel() stops a running upload; retry() resumes it', async ({ x }) => {
    x.answers.hold()
    const { result, act } = await renderUpload(x)

    await act(async () => void result.current.upload(video()))
    await expect.poll(() => result.current.status).toBe('validating')
    await act(async () => result.current.cancel())
    expect(result.current.status).toBe('canceled')
    expect(result.current.error?.code).toBe('aborted')

    x.answers.release()
    await act(async () => result.current.retry())
    await expect.poll(() => result.current.status).toBe('success')
    expect(result.current.task?.getSnapshot().attempt).toBe(2)
  })

  test('setAltText() after the upload stores the text again; a failed save keeps it', async ({ x }) => {
    const { result, act } = await renderUpload(x)
    await act(async () => void result.current.upload(photo()))
    await expect.poll(() => result.current.status).toBe('success')
    const mediaId = result.current.mediaId ?? ''

    x.mock.configure({ offline: true })
    await act(async () => result.current.setAltText('First words'))
    await expect.poll(() => result.current.altTextStatus).toBe('error')
    expect(result.current.altText).toBe('First words')
    // Text X has not stored keeps the media out of a post.
    expect(result.current.isUsable).toBe(false)
    expect(result.current.mediaId).toBeUndefined()

    x.mock.configure({ offline: false })
    await act(async () => result.current.setAltText('First words'))
    await expect.poll(() => result.current.altTextStatus).toBe('saved')
    expect(x.mock.store.get(mediaId)?.altText).toBe('First words')

    await act(async () => result.current.setAltText('Better words'))
    await expect.poll(() => x.mock.store.get(mediaId)?.altText).toBe('Better words')
    expect(result.current.mediaId).toBe(mediaId)
  })

  test('media that arrives already inside the expiry margin fails as expired, never usable', async ({ x }) => {
    x.mock.configure({ expiresAfterSecs: 30 })
    const { result, act } = await renderUpload(x)

    await act(async () => void result.current.upload(photo()))
    await expect.poll(() => result.current.status).toBe('error')
    expect(result.current.error?.code).toBe('media-expired')
    expect(result.current.mediaId).toBeUndefined()
    // Not uploaded again by itself: the next id would be as short-lived.
    expect(x.mock.store.list()).toHaveLength(1)
  })

  test('usable media that expires later is uploaded again by itself', async ({ x }) => {
    const { result, act } = await renderUpload(x)
    await act(async () => void result.current.upload(photo(), { altText: 'Kept across uploads' }))
    await expect.poll(() => result.current.status).toBe('success')
    const first = result.current.mediaId

    x.clock.advance(DAY_MS)
    // The page becoming visible again is one of the moments expiry is checked.
    document.dispatchEvent(new Event('visibilitychange'))

    await expect.poll(() => result.current.mediaId !== undefined && result.current.mediaId !== first).toBe(true)
    expect(result.current.status).toBe('success')
    expect(x.mock.store.get(result.current.mediaId ?? '')?.altText).toBe('Kept across uploads')
  })

  test('with reuploadExpired: false, expired media is only flagged', async ({ x }) => {
    const { result, act } = await renderUpload(x, { reuploadExpired: false })
    await act(async () => void result.current.upload(photo()))
    await expect.poll(() => result.current.status).toBe('success')

    x.clock.advance(DAY_MS)
    document.dispatchEvent(new Event('visibilitychange'))
    await expect.poll(() => result.current.status).toBe('expired')
    expect(x.mock.store.list()).toHaveLength(1)
  })

  test('usable media is flagged the moment it expires, not at the next periodic check', async ({ x }) => {
    // X grants 61 s; with a margin of 60.8 s the id is usable for 200 ms of the mock's clock.
    x.mock.configure({ expiresAfterSecs: 61 })
    const uploader = x.uploader({ retry: false, expiryMarginMs: 60_800 })
    const { result, act } = await renderUpload(x, { uploader, reuploadExpired: false })
    await act(async () => void result.current.upload(photo()))
    await expect.poll(() => result.current.status).toBe('success')
    expect(result.current.isUsable).toBe(true)
    expect(result.current.timeLeftMs).toBe(200)

    // No page event and well within the periodic check: only a check timed for the
    // media's own expiry can notice it.
    x.clock.advance(200)
    await expect.poll(() => result.current.status).toBe('expired')
    expect(result.current.error?.code).toBe('media-expired')
    expect(result.current.mediaId).toBeUndefined()
  })

  test('timeLeftMs counts down as time passes', async ({ x }) => {
    const { result, act } = await renderUpload(x)
    await act(async () => void result.current.upload(photo()))
    await expect.poll(() => result.current.status).toBe('success')
    expect(result.current.timeLeftMs).toBe(DAY_MS - UPLOADER_DEFAULTS.expiryMarginMs)

    x.clock.advance(HOUR_MS)
    document.dispatchEvent(new Event('visibilitychange'))
    await expect.poll(() => result.current.timeLeftMs).toBe(DAY_MS - HOUR_MS - UPLOADER_DEFAULTS.expiryMarginMs)
    expect(result.current.status).toBe('success')
  })

  test('reset() cancels and forgets the upload', async ({ x }) => {
    x.answers.hold()
    const { result, act } = await renderUpload(x)
    await act(async () => void result.current.upload(photo()))
    const task = result.current.task
    await act(async () => result.current.reset())

    expect(result.current.status).toBe('idle')
    expect(result.current.task).toBeUndefined()
    expect(task?.getSnapshot().status).toBe('canceled')
  })

  test('unmounting cancels a running upload', async ({ x }) => {
    x.answers.hold()
    const { result, act, unmount } = await renderUpload(x)
    await act(async () => void result.current.upload(photo()))
    const task = result.current.task
    await unmount()
    expect(task?.getSnapshot().status).toBe('canceled')
  })

  test('runs uploads through the app’s QueryClient and its mutation defaults', async ({ x }) => {
    const onSuccess = vi.fn()
    const client = new QueryClient({ mutationCache: new MutationCache({ onSuccess }) })
    const { result, act } = await renderUpload(x, {}, client)

    await act(async () => void result.current.upload(photo()))
    await expect.poll(() => onSuccess.mock.calls.length).toBe(1)
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({ mediaId: result.current.mediaId })
    expect(client.getMutationCache().findAll({ mutationKey: [...MEDIA_UPLOAD_MUTATION_KEY] })).toHaveLength(1)
  })
})

describe('useMediaUpload: posting and events', () => {
  test('without a provider: typed alt text is stored by prepareForPost(), which returns the id; callbacks fire', async ({ x }) => {
    const events: string[] = []
    const uploader = x.uploader({ retry: false, chunkSize: 32_768 })
    const { result, act } = await renderHook(() =>
      useMediaUpload({
        uploader,
        onUploadStart: ({ file }) => events.push(`start ${file.name}`),
        onSuccess: (_media, { file }) => events.push(`success ${file.name}`),
      }),
    )
    expect(result.current).toMatchObject({ isIdle: true, isPending: false })
    await act(async () => void result.current.upload(photo('single.png')))
    await expect.poll(() => result.current.isSuccess, { timeout: 10_000 }).toBe(true)

    await act(async () => result.current.editAltText('A single photo'))
    expect(result.current.altTextDraft).toBe('A single photo')
    expect(result.current.notReadyReason).toBeUndefined()
    expect(result.current.mediaId).toBeUndefined()
    let id: string | undefined
    await act(async () => {
      id = await result.current.prepareForPost()
    })
    const [stored] = x.mock.store.list()
    expect(id).toBe(stored?.id)
    expect(stored?.altText).toBe('A single photo')
    expect(events).toEqual(['start single.png', 'success single.png'])

    await act(async () => result.current.editAltText('y'.repeat(1001)))
    expect(result.current.notReadyReason).toBe('alt-text-too-long')
    await act(async () => {
      id = await result.current.prepareForPost()
    })
    expect(id).toBeUndefined()
    expect(x.mock.store.get(stored?.id ?? '')?.altText).toBe('A single photo')
  })
})
