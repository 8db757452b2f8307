import type { Client } from '@xdevplatform/xdk'
import { beforeAll, describe, expect, it } from 'vitest'
import { createManualClock, createMediaMock } from '../index'
import { serveDuringTests } from '../../test/serve-during-tests'
import { mp4File, pngFile, sha256 } from '../../test/media-fixtures'

// X's own SDK, unchanged, against the v2 handlers on api.x.com (it calls fetch).
const clock = createManualClock()
const mock = createMediaMock({ seed: 8, clock, processing: { rounds: 2, checkAfterSecs: 1 } })
serveDuringTests(mock)
let client: Client
beforeAll(async () => {
  // xdk binds globalThis.fetch when it loads: load it once msw has patched fetch.
  const { Client: XdkClient } = await import('@xdevplatform/xdk')
  client = new XdkClient({ accessToken: 'xdk-user-token', retry: false })
})

const CHUNK = 1024 * 1024

describe('@xdevplatform/xdk against the v2 handlers', () => {
  it('uploads an image in one shot and sets its alt text', async () => {
    const file = pngFile(200_000)
    const uploaded = await client.media.upload({ media: file.toString('base64'), mediaCategory: 'tweet_image' })
    const id = uploaded.data?.id ?? ''
    expect(uploaded.data).toMatchObject({ mediaKey: `3_${id}`, size: file.byteLength, image: { imageType: 'image/png', w: 8, h: 4 } })

    const metadata = await client.media.createMetadata({ id, metadata: { altText: { text: 'Alt from xdk' } } })
    expect(metadata.data?.id).toBe(id)
    expect(mock.store.get(id)).toMatchObject({ altText: 'Alt from xdk', sha256: await sha256(file) })
  })

  it('is refused at finalize by default: xdk 0.6.6 sends finalize without a body, which X refuses', async () => {
    const file = mp4File(CHUNK)
    const init = await client.media.initializeUpload({ mediaType: 'video/mp4', totalBytes: file.byteLength, mediaCategory: 'tweet_video' })
    const id = init.data?.id ?? ''
    await client.media.appendUpload(id, { media: file.toString('base64'), segmentIndex: 0 })
    await expect(client.media.finalizeUpload(id)).rejects.toMatchObject({
      status: 400,
      data: { title: 'Invalid Request', errors: [{ message: 'Request body must be a JSON object.' }] },
    })
    expect(mock.store.get(id)?.state).toBe('uploading')
  })

  it('uploads a chunked MP4 and polls the status to succeeded with strictJsonBodies: false', async () => {
    mock.configure({ strictJsonBodies: false })
    const file = mp4File(2 * CHUNK + 12_345)
    const init = await client.media.initializeUpload({ mediaType: 'video/mp4', totalBytes: file.byteLength, mediaCategory: 'tweet_video' })
    const id = init.data?.id ?? ''
    for (let offset = 0, index = 0; offset < file.byteLength; offset += CHUNK, index++) {
      const chunk = file.subarray(offset, offset + CHUNK)
      await client.media.appendUpload(id, { media: chunk.toString('base64'), segmentIndex: index })
    }
    const finalized = await client.media.finalizeUpload(id)
    expect(finalized.data?.processingInfo).toEqual({ state: 'pending', checkAfterSecs: 1 })

    const states: string[] = []
    let state = finalized.data?.processingInfo?.state
    while (state !== 'succeeded' && state !== 'failed') {
      clock.advance((finalized.data?.processingInfo?.checkAfterSecs ?? 1) * 1000)
      const status = await client.media.getUploadStatus(id, { command: 'STATUS' })
      state = status.data?.processingInfo?.state
      states.push(`${state}:${status.data?.processingInfo?.progressPercent}`)
    }
    expect(states).toEqual(['in_progress:33', 'in_progress:66', 'succeeded:100'])
    expect(mock.store.get(id)?.sha256).toBe(await sha256(file))
  })

  it('surfaces the mock problem details as an ApiError', async () => {
    await expect(client.media.initializeUpload({ mediaType: 'video/mp4', mediaCategory: 'tweet_video' })).rejects.toMatchObject({
      status: 400,
      data: { title: 'Invalid Request' },
    })
  })
})
