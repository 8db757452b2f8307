import { describe, expect, it } from 'vitest'
import { PNG_BYTES } from '../../test/test-media'
import { createMockedX, patternedFile, requestsOf, testUploader } from '../../test/test-support'
import { serveDuringTests } from '../../test/serve-during-tests'

const { clock, mock } = createMockedX(17)
serveDuringTests(mock)

const image = (): File => patternedFile(PNG_BYTES, 20_000, 'cat.png', 'image/png')
const HOUR = 3_600_000

describe('a task created with uploadedMedia (a restored draft)', () => {
  it('starts as success with the media and sends nothing while it is usable', async () => {
    const { uploader } = testUploader('v2', clock)
    const media = { mediaId: '1880028106020515840', expiresAt: clock.now() + 24 * HOUR, altText: 'A cat' }
    const task = uploader.createTask(image(), { altText: 'A cat', uploadedMedia: media })

    expect(task.getSnapshot()).toMatchObject({ status: 'success', media, altTextStatus: 'saved', progress: { fraction: 1 } })
    await expect(task.start()).resolves.toEqual(media)
    expect(mock.store.requests).toHaveLength(0)
  })

  it('stores alt text that X does not have yet, and only that', async () => {
    const { uploader } = testUploader('v2', clock)
    const uploaded = await uploader.upload(image())
    const requestsBefore = mock.store.requests.length
    const task = uploader.createTask(image(), { altText: 'Typed before the reload', uploadedMedia: uploaded })

    expect(task.getSnapshot().altTextStatus).toBe('pending')
    const media = await task.start()

    expect(media).toMatchObject({ mediaId: uploaded.mediaId, altText: 'Typed before the reload' })
    expect(task.getSnapshot()).toMatchObject({ status: 'success', altTextStatus: 'saved' })
    expect(mock.store.requests.slice(requestsBefore).map((request) => request.step)).toEqual(['METADATA'])
    expect(mock.store.get(uploaded.mediaId)?.altText).toBe('Typed before the reload')
  })

  it('uploads the file again when the media expired, and stores the alt text on the new id', async () => {
    const { uploader } = testUploader('v2', clock)
    const uploaded = await uploader.upload(image(), { altText: 'A cat' })
    clock.advance(25 * HOUR)
    const uploadsBefore = requestsOf(mock, 'UPLOAD').length
    const task = uploader.createTask(image(), { altText: 'A cat', uploadedMedia: uploaded })

    const media = await task.start()

    expect(media.mediaId).not.toBe(uploaded.mediaId)
    expect(requestsOf(mock, 'UPLOAD')).toHaveLength(uploadsBefore + 1)
    expect(task.getSnapshot()).toMatchObject({ status: 'success', altTextStatus: 'saved', media: { altText: 'A cat' } })
  })
})
