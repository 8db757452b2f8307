// X's own SDK driven as its chunked quickstart shows: initializeUpload, one appendUpload
// per chunk (base64 in a JSON body, one after the other), finalizeUpload, then STATUS.
import { open } from 'node:fs/promises'
import { Client } from '@xdevplatform/xdk'
import { BEARER_TOKEN } from '../lib/credentials.mjs'
import { waitForProcessing } from '../lib/wait-for-processing.mjs'

export async function prepare({ url, chunkSize }) {
  const client = new Client({ accessToken: BEARER_TOKEN, baseUrl: url })
  return async (file) => {
    const handle = await open(file.path)
    try {
      const init = await client.media.initializeUpload({ mediaType: 'video/mp4', totalBytes: file.size, mediaCategory: 'tweet_video' })
      const mediaId = init.data.id
      const chunk = Buffer.alloc(chunkSize)
      for (let offset = 0, segmentIndex = 0; offset < file.size; segmentIndex++) {
        const { bytesRead } = await handle.read(chunk, 0, chunkSize, offset)
        await client.media.appendUpload(mediaId, { media: chunk.toString('base64', 0, bytesRead), segmentIndex })
        offset += bytesRead
      }
      const finalized = await client.media.finalizeUpload(mediaId)
      await waitForProcessing(finalized.data?.processingInfo, async () => {
        const status = await client.media.getUploadStatus(mediaId, { command: 'STATUS' })
        return status.data?.processingInfo
      })
    } finally {
      await handle.close()
    }
  }
}
