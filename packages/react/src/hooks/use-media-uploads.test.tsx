import { describe, expect } from 'vitest'
import { renderHook } from 'vitest-browser-react'
import { animatedGif, notMedia, photo, video } from '../../test/media-files'
import { test, withQueryClient, type MockedX } from '../../test/mocked-x'
import { useMediaUploads, type UseMediaUploadsOptions } from './use-media-uploads'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

// Every `act` callback is async: a task notifies its subscribers in a microtask, and only an
// async `act` scope stays open long enough to include that render.
async function renderUploads(x: MockedX, options: Partial<UseMediaUploadsOptions> = {}) {
  const uploader = x.uploader({ retry: false, chunkSize: 32_768 })
  return renderHook(() => useMediaUploads({ uploader, ...options }), { wrapper: withQueryClient() })
}

describe('useMediaUploads', () => {
  test('takes up to four photos and refuses the fifth with too-many-files', async ({ x }) => {
    const { result, act } = await renderUploads(x)
    const files = ['a.png', 'b.png', 'c.png', 'd.png', 'e.png'].map((name) => photo(name))

    let outcome: Awaited<ReturnType<typeof result.current.addFiles>> | undefined
    await act(async () => {
      outcome = await result.current.addFiles(files)
    })

    expect(outcome?.accepted.map(({ file }) => file.name)).toEqual(['a.png', 'b.png', 'c.png', 'd.png'])
    expect(outcome?.rejected.map(({ file, code }) => [file.name, code])).toEqual([['e.png', 'too-many-files']])
    await expect.poll(() => result.current.items.map((item) => item.status)).toEqual(Array(4).fill('success'))
    expect(x.mock.store.list()).toHaveLength(4)
  })

  test('refuses a video next to photos, a second GIF, and files X does not take', async ({ x }) => {
    const { result, act } = await renderUploads(x)
    const rejected = async (files: File[]) => {
      let codes: string[] = []
      await act(async () => {
        codes = (await result.current.addFiles(files)).rejected.map(({ code }) => code)
      })
      return codes
    }

    expect(await rejected([photo(), video()])).toEqual(['mixed-media'])
    expect(await rejected([notMedia()])).toEqual(['unsupported-type'])
    await act(async () => result.current.clear())
    expect(await rejected([animatedGif('one.gif'), animatedGif('two.gif')])).toEqual(['too-many-files'])
    expect(result.current.items.map((item) => item.kind)).toEqual(['gif'])
  })

  test('gives media ids only once every item is usable, in the order they were added', async ({ x }) => {
    x.answers.hold()
    const { result, act } = await renderUploads(x)
    await act(async () => void result.current.addFiles([photo('first.png'), photo('second.png')]))
    await expect.poll(() => result.current.items.length).toBe(2)
    expect(result.current.mediaIds).toBeUndefined()
    expect(result.current.isReady).toBe(false)

    x.answers.release()
    await expect.poll(() => result.current.isReady).toBe(true)
    expect(result.current.mediaIds).toEqual(result.current.items.map((item) => item.mediaId))
    expect(result.current.mediaIds).toHaveLength(2)
    expect(result.current.items.map((item) => item.file.name)).toEqual(['first.png', 'second.png'])
  })

  test('keeps each upload’s own state when concurrent uploads end differently', async ({ x }) => {
    // The second request of the run (one of the two simple uploads) loses its connection.
    x.mock.configure({ dropRequestNumbers: [2] })
    const { result, act } = await renderUploads(x)
    await act(async () => void result.current.addFiles([photo('one.png'), photo('two.png')]))

    await expect.poll(() => result.current.items.map((item) => item.status).sort()).toEqual(['error', 'success'])
    expect(result.current.mediaIds).toBeUndefined()

    const failed = result.current.items.find((item) => item.status === 'error')
    expect(failed?.error?.code).toBe('network')
    await act(async () => failed?.retry())
    await expect.poll(() => result.current.mediaIds?.length).toBe(2)
  })

  test('remove() cancels a running upload and frees its place', async ({ x }) => {
    x.answers.hold()
    const { result, act } = await renderUploads(x)
    await act(async () => void result.current.addFiles([video()]))
    await expect.poll(() => result.current.items.length).toBe(1)
    const { task } = result.current.items[0]!

    await act(async () => result.current.items[0]?.remove())
    expect(result.current.items).toEqual([])
    expect(task.getSnapshot().status).toBe('canceled')
    expect(result.current.mediaIds).toEqual([])

    x.answers.release()
    let codes: string[] = []
    await act(async () => {
      codes = (await result.current.addFiles([photo()])).rejected.map(({ code }) => code)
    })
    expect(codes).toEqual([])
  })

  test('getMediaIds() checks expiry at the moment of posting', async ({ x }) => {
    const { result, act } = await renderUploads(x, { reuploadExpired: false })
    await act(async () => void result.current.addFiles([photo()]))
    await expect.poll(() => result.current.mediaIds?.length).toBe(1)

    x.clock.advance(DAY_MS)
    let ids: string[] | undefined = []
    await act(async () => {
      ids = result.current.getMediaIds()
    })
    expect(ids).toBeUndefined()
    await expect.poll(() => result.current.items[0]?.status).toBe('expired')
    expect(result.current.isReady).toBe(false)
  })

  test('media that getMediaIds() finds expired is uploaded again', async ({ x }) => {
    const { result, act } = await renderUploads(x)
    await act(async () => void result.current.addFiles([photo()]))
    await expect.poll(() => result.current.mediaIds?.length).toBe(1)
    const first = result.current.mediaIds?.[0]

    x.clock.advance(DAY_MS)
    let ids: string[] | undefined = []
    await act(async () => {
      ids = result.current.getMediaIds()
    })
    expect(ids).toBeUndefined()
    await expect.poll(() => result.current.mediaIds?.[0] !== undefined && result.current.mediaIds[0] !== first).toBe(true)
    // Two uploads reached X; the mock has since evicted the expired first one.
    expect(x.mock.store.requests.filter((entry) => entry.step === 'UPLOAD' && entry.outcome === 'ok')).toHaveLength(2)
    // The mock evicts the expired item when the new one arrives: only the new upload is stored.
    expect(x.mock.store.list().map((media) => media.id)).toEqual(result.current.mediaIds)
  })

  test('each item’s timeLeftMs counts down as time passes', async ({ x }) => {
    const { result, act } = await renderUploads(x)
    await act(async () => void result.current.addFiles([photo()]))
    await expect.poll(() => result.current.items[0]?.status).toBe('success')
    const before = result.current.items[0]?.timeLeftMs ?? 0

    x.clock.advance(HOUR_MS)
    document.dispatchEvent(new Event('visibilitychange'))
    await expect.poll(() => result.current.items[0]?.timeLeftMs).toBe(before - HOUR_MS)
  })

  test('re-uploads an item whose usable media expired, keeping its alt text', async ({ x }) => {
    const { result, act } = await renderUploads(x)
    await act(async () => void result.current.addFiles([photo()], { altText: 'Still described' }))
    await expect.poll(() => result.current.mediaIds?.length).toBe(1)
    const first = result.current.mediaIds?.[0]

    x.clock.advance(DAY_MS)
    document.dispatchEvent(new Event('visibilitychange'))

    await expect.poll(() => result.current.mediaIds?.[0] !== undefined && result.current.mediaIds[0] !== first).toBe(true)
    expect(x.mock.store.get(result.current.mediaIds?.[0] ?? '')?.altText).toBe('Still described')
  })

  test('unmounting cancels every running upload', async ({ x }) => {
    x.answers.hold()
    const { result, act, unmount } = await renderUploads(x)
    await act(async () => void result.current.addFiles([photo('a.png'), photo('b.png')]))
    await expect.poll(() => result.current.items.length).toBe(2)
    const tasks = result.current.items.map((item) => item.task)

    await unmount()
    expect(tasks.map((task) => task.getSnapshot().status)).toEqual(['canceled', 'canceled'])
  })
})
