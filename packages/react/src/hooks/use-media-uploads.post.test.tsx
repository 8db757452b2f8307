import { describe, expect, vi } from 'vitest'
import { renderHook } from 'vitest-browser-react'
import { photo } from '../../test/media-files'
import { test, type MockedX } from '../../test/mocked-x'
import { useMediaUploads, type UseMediaUploadsOptions } from './use-media-uploads'

// Uploads go through msw on a shared CI machine: wait generously, assert exactly.
const WAIT = { timeout: 10_000 }

// No QueryClientProvider around these: the hook falls back to the package's own client.
async function renderUploads(x: MockedX, options: Partial<UseMediaUploadsOptions> = {}) {
  const uploader = x.uploader({ retry: false, chunkSize: 32_768 })
  return renderHook(() => useMediaUploads({ uploader, ...options }))
}

describe('useMediaUploads: posting, order, duplicates, events', () => {
  test('works without a QueryClientProvider', async ({ x }) => {
    const { result, act } = await renderUploads(x)
    await act(async () => void result.current.addFiles([photo()]))
    await expect.poll(() => result.current.items[0]?.status, WAIT).toBe('success')
    expect(result.current.items[0]).toMatchObject({ isSuccess: true, isPending: false, isError: false, isIdle: false })
  })

  test('typed alt text keeps the post ready, and prepareForPost() stores it before giving the ids', async ({ x }) => {
    const { result, act } = await renderUploads(x)
    await act(async () => void result.current.addFiles([photo('lake.png')]))
    await expect.poll(() => result.current.items[0]?.status, WAIT).toBe('success')
    expect(result.current.isReady).toBe(true)

    await act(async () => result.current.items[0]?.editAltText('A still lake under pines'))
    expect(result.current.items[0]?.altTextDraft).toBe('A still lake under pines')
    expect(result.current.isReady).toBe(true)
    // Not stored yet: never handed out as it is.
    expect(result.current.mediaIds).toBeUndefined()
    expect(x.mock.store.list()[0]?.altText).toBeUndefined()

    let ids: string[] | undefined
    await act(async () => {
      ids = await result.current.prepareForPost()
    })
    const [stored] = x.mock.store.list()
    expect(ids).toEqual([stored?.id])
    expect(stored?.altText).toBe('A still lake under pines')
    expect(result.current.items[0]).toMatchObject({ altText: 'A still lake under pines', altTextStatus: 'saved' })
  })

  test('alt text over the limit makes the item not ready, with the reason, and nothing is posted', async ({ x }) => {
    const { result, act } = await renderUploads(x)
    await act(async () => void result.current.addFiles([photo('essay.png')]))
    await expect.poll(() => result.current.items[0]?.status, WAIT).toBe('success')
    expect(result.current.isReady).toBe(true)

    await act(async () => result.current.items[0]?.editAltText('x'.repeat(1001)))
    expect(result.current.isReady).toBe(false)
    expect(result.current.items[0]?.notReadyReason).toBe('alt-text-too-long')
    let ids: string[] | undefined = []
    await act(async () => {
      ids = await result.current.prepareForPost()
    })
    expect(ids).toBeUndefined()
    expect(x.mock.store.list()[0]?.altText).toBeUndefined()

    await act(async () => result.current.items[0]?.editAltText('x'.repeat(1000)))
    expect(result.current.isReady).toBe(true)
  })

  test('refuses the same file added twice, in one drop or later', async ({ x }) => {
    const { result, act } = await renderUploads(x)
    const file = photo('twice.png')
    let codes: string[] = []
    await act(async () => {
      codes = (await result.current.addFiles([file, file])).rejected.map(({ code }) => code)
    })
    expect(codes).toEqual(['duplicate-file'])
    await act(async () => {
      codes = (await result.current.addFiles([file, photo('other.png')])).rejected.map(({ code }) => code)
    })
    expect(codes).toEqual(['duplicate-file'])
    expect(result.current.items.map((item) => item.file.name)).toEqual(['twice.png', 'other.png'])
    expect(result.current.rejections.map(({ code, file }) => [code, file.name])).toEqual([
      ['duplicate-file', 'twice.png'],
      ['duplicate-file', 'twice.png'],
    ])
    await act(async () => result.current.dismissRejection(result.current.rejections[0]?.id ?? ''))
    expect(result.current.rejections).toHaveLength(1)
  })

  test('move() reorders the items, and the ids follow the order', async ({ x }) => {
    const { result, act } = await renderUploads(x)
    await act(async () => void result.current.addFiles([photo('a.png'), photo('b.png'), photo('c.png')]))
    await expect.poll(() => result.current.mediaIds?.length, WAIT).toBe(3)
    const idOf = (name: string) => result.current.items.find((item) => item.file.name === name)?.mediaId

    await act(async () => result.current.move(result.current.items[2]?.id ?? '', 0))
    expect(result.current.items.map((item) => item.file.name)).toEqual(['c.png', 'a.png', 'b.png'])
    expect(result.current.mediaIds).toEqual([idOf('c.png'), idOf('a.png'), idOf('b.png')])
    let ids: string[] | undefined
    await act(async () => {
      ids = await result.current.prepareForPost()
    })
    expect(ids).toEqual([idOf('c.png'), idOf('a.png'), idOf('b.png')])
  })

  test('calls onFilesAdded, onFilesRejected, onUploadStart, onSuccess, onError and onRemove', async ({ x }) => {
    const events: string[] = []
    const callbacks: Partial<UseMediaUploadsOptions> = {
      onFilesAdded: (added) => events.push(`added ${added.map(({ file }) => file.name).join(',')}`),
      onFilesRejected: (rejected) => events.push(`rejected ${rejected.map(({ code }) => code).join(',')}`),
      onUploadStart: ({ file }) => events.push(`start ${file.name}`),
      onSuccess: (media, { file }) => events.push(`success ${file.name} ${media.mediaId === '' ? '' : 'id'}`),
      onError: (error, { file }) => events.push(`error ${file.name} ${error.code}`),
      onRemove: ({ file }) => events.push(`remove ${file.name}`),
    }
    x.mock.configure({ offline: true })
    const { result, act } = await renderUploads(x, callbacks)
    const file = photo('event.png')
    await act(async () => void result.current.addFiles([file, file]))
    await expect.poll(() => result.current.items[0]?.status, WAIT).toBe('error')

    x.mock.configure({ offline: false })
    await act(async () => result.current.items[0]?.retry())
    await expect.poll(() => result.current.items[0]?.status, WAIT).toBe('success')
    await act(async () => result.current.items[0]?.remove())
    expect(events).toEqual([
      'added event.png',
      'rejected duplicate-file',
      'start event.png',
      'error event.png network',
      'start event.png',
      'success event.png id',
      'remove event.png',
    ])
  })

  test('isPending while uploading, isError after a failure', async ({ x }) => {
    x.answers.hold()
    const onError = vi.fn()
    const { result, act } = await renderUploads(x, { onError })
    await act(async () => void result.current.addFiles([photo()]))
    await expect.poll(() => result.current.isPending, WAIT).toBe(true)
    expect(result.current.items[0]?.isPending).toBe(true)

    x.mock.configure({ offline: true })
    x.answers.release()
    await expect.poll(() => result.current.isError, WAIT).toBe(true)
    expect(result.current.isPending).toBe(false)
    expect(result.current.items[0]?.notReadyReason).toBe('failed')
    expect(onError).toHaveBeenCalledOnce()
  })
})
