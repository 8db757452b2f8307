import { describe, expect, it } from 'vitest'
import { rejectionOf } from '../../test/test-errors'
import { fileOf, gifBytes } from '../../test/test-media'
import type { Dialect } from '../types'
import { createMockedX, MIB, requestsOf, testUploader, testVideo } from '../../test/test-support'
import { serveDuringTests } from '../../test/serve-during-tests'
import { uploadMedia } from './uploader'

const { clock, mock } = createMockedX(5)
serveDuringTests(mock)

const REFUSAL = 'X stores alt text for images and GIFs only; "clip.mp4" is a video. Remove the alt text (describe the video in the post instead).'

describe.each<Dialect>(['v2', 'v1.1'])('alt text on a video (%s)', (dialect) => {
  it('uploadMedia refuses it before sending anything', async () => {
    const error = await rejectionOf(
      uploadMedia(testVideo(2 * MIB), { dialect, auth: { bearerToken: 'user-a' }, transport: 'fetch', altText: 'A dog surfing' }),
    )

    expect(error).toMatchObject({ code: 'alt-text-unsupported', retryable: false, message: REFUSAL })
    expect(mock.store.requests).toEqual([])
  })

  it('a task given it ends in error before sending, keeps the text, and uploads once it is cleared', async () => {
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB })
    const task = uploader.createTask(testVideo(2 * MIB), { altText: 'A dog surfing' })

    const error = await rejectionOf(task.start())

    expect(error.code).toBe('alt-text-unsupported')
    expect(task.getSnapshot()).toMatchObject({ status: 'error', altText: 'A dog surfing', altTextStatus: 'error' })
    expect(task.getSnapshot().altTextError?.code).toBe('alt-text-unsupported')
    expect(mock.store.requests).toEqual([])

    await task.setAltText('')
    const media = await task.retry()

    expect(task.getSnapshot()).toMatchObject({ status: 'success', altTextStatus: 'none' })
    expect(mock.store.get(media.mediaId)?.altText).toBeUndefined()
  })

  it('setAltText on an uploaded video refuses the text without a request', async () => {
    const { uploader } = testUploader(dialect, clock, { chunkSize: MIB })
    const task = uploader.createTask(testVideo(2 * MIB))
    await task.start()

    await task.setAltText('A dog surfing')

    expect(task.getSnapshot()).toMatchObject({ status: 'success', altText: 'A dog surfing', altTextStatus: 'error' })
    expect(task.getSnapshot().altTextError).toMatchObject({ code: 'alt-text-unsupported', message: REFUSAL })
    expect(requestsOf(mock, 'METADATA')).toEqual([])
  })

  it('still stores alt text for an animated GIF', async () => {
    const { uploader } = testUploader(dialect, clock)
    const media = await uploader.upload(fileOf(gifBytes(3), 'loop.gif', 'image/gif'), { altText: 'A loop' })

    expect(mock.store.get(media.mediaId)?.altText).toBe('A loop')
  })
})
