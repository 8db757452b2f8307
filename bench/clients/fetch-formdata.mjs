// The memory floor of Node's fetch for the same job: Blob slices of a file from
// fs.openAsBlob in a FormData, 3 APPENDs at once, no library. Core's memory is read
// against this row: what is above it is core's own.
import { openAsBlob } from 'node:fs'
import { BEARER_TOKEN } from '../lib/credentials.mjs'

const authorization = `Bearer ${BEARER_TOKEN}`

export async function prepare({ url, chunkSize, concurrency }) {
  return async (file) => {
    const blob = await openAsBlob(file.path, { type: 'video/mp4' })
    const initialize = await fetch(`${url}/2/media/upload/initialize`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ media_type: 'video/mp4', total_bytes: file.size, media_category: 'tweet_video' }),
    })
    const mediaId = (await initialize.json()).data.id
    const count = Math.ceil(file.size / chunkSize)
    let next = 0
    const worker = async () => {
      for (let index = next++; index < count; index = next++) {
        const form = new FormData()
        form.append('segment_index', String(index))
        form.append('media', blob.slice(index * chunkSize, (index + 1) * chunkSize), 'blob')
        const response = await fetch(`${url}/2/media/upload/${mediaId}/append`, { method: 'POST', headers: { authorization }, body: form })
        if (!response.ok) throw new Error(`APPEND ${index}: HTTP ${response.status}`)
        await response.arrayBuffer()
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    const finalized = await fetch(`${url}/2/media/upload/${mediaId}/finalize`, { method: 'POST', headers: { authorization } })
    if (!finalized.ok) throw new Error(`FINALIZE: HTTP ${finalized.status}`)
  }
}
