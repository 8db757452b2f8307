import { EUploadMimeType, TwitterApi } from 'twitter-api-v2'
import { describe, expect, it } from 'vitest'
import { createMediaMock } from '../index'
import { OAUTH_CREDENTIALS } from '../../test/oauth1-sign'
import { mp4File, pngFile, sha256 } from '../../test/media-fixtures'
import { serveDuringTests } from '../../test/serve-during-tests'

// The npm client `twitter-api-v2`, unchanged, against the v1.1 handlers on upload.x.com,
// with OAuth 1.0a signatures verified as X verifies them.
const mock = createMediaMock({
  seed: 21,
  oauth1: { consumerSecret: OAUTH_CREDENTIALS.consumerSecret, tokenSecret: OAUTH_CREDENTIALS.tokenSecret },
  processing: { rounds: 1, checkAfterSecs: 1 },
})
serveDuringTests(mock)

const client = new TwitterApi({
  appKey: OAUTH_CREDENTIALS.consumerKey,
  appSecret: OAUTH_CREDENTIALS.consumerSecret,
  accessToken: OAUTH_CREDENTIALS.token,
  accessSecret: OAUTH_CREDENTIALS.tokenSecret,
})

describe('twitter-api-v2 against the v1.1 handlers', () => {
  it('uploads an image and sets its alt text', async () => {
    const file = pngFile(300_000)
    const mediaId = await client.v1.uploadMedia(file, { mimeType: EUploadMimeType.Png })
    await client.v1.createMediaMetadata(mediaId, { alt_text: { text: 'A test pattern' } })

    const stored = mock.store.get(mediaId)
    expect(stored).toMatchObject({ kind: 'image', category: 'tweet_image', altText: 'A test pattern', owner: '370773112' })
    expect(stored?.sha256).toBe(await sha256(file))
    expect(mock.store.requests.map((r) => r.step)).toEqual(['INIT', 'APPEND', 'FINALIZE', 'METADATA'])
  })

  it('uploads a chunked MP4 concurrently and polls STATUS until processing succeeds', async () => {
    const file = mp4File(2_500_000)
    const media = await client.v1.uploadMedia(file, { mimeType: EUploadMimeType.Mp4 }, true)

    const stored = mock.store.get(media.media_id_string)
    expect(stored?.bytes?.byteLength).toBe(file.byteLength)
    expect(stored?.sha256).toBe(await sha256(file))
    expect(stored).toMatchObject({ category: 'tweet_video', segmentIndices: [0, 1, 2] })
    expect(stored?.processing?.state).toBe('succeeded')
    const polls = mock.store.statusCallTimes(media.media_id_string)
    expect(polls.length).toBeGreaterThanOrEqual(2)
  }, 15_000)
})
