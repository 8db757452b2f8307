// The mock server's own ingest rate: the least client work that completes a chunked v2
// upload (pre-framed multipart APPENDs written straight to node:http, same chunk size and
// concurrency as the clients). No client can be faster against this server than this.
import { open } from 'node:fs/promises'
import { Agent, request } from 'node:http'
import { BEARER_TOKEN } from '../lib/credentials.mjs'
import { waitForProcessing } from '../lib/wait-for-processing.mjs'

const BOUNDARY = 'tweetmediabenchboundary'
const authorization = `Bearer ${BEARER_TOKEN}`

async function postJson(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`)
  return response.json()
}

function appendSegment(agent, url, segmentIndex, bytes) {
  const head = Buffer.from(
    `--${BOUNDARY}\r\ncontent-disposition: form-data; name="segment_index"\r\n\r\n${segmentIndex}\r\n` +
      `--${BOUNDARY}\r\ncontent-disposition: form-data; name="media"; filename="blob"\r\ncontent-type: application/octet-stream\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`)
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        agent,
        method: 'POST',
        headers: {
          authorization,
          'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
          'content-length': head.length + bytes.length + tail.length,
        },
      },
      (res) => {
        res.resume()
        res.on('end', () => (res.statusCode < 300 ? resolve() : reject(new Error(`APPEND ${segmentIndex}: HTTP ${res.statusCode}`))))
      },
    )
    req.on('error', reject)
    req.write(head)
    req.write(bytes)
    req.end(tail)
  })
}

export async function prepare({ url, chunkSize, concurrency }) {
  const agent = new Agent({ keepAlive: true })
  return async (file) => {
    const handle = await open(file.path)
    try {
      const init = await postJson(`${url}/2/media/upload/initialize`, { media_type: 'video/mp4', total_bytes: file.size, media_category: 'tweet_video' })
      const mediaId = init.data.id
      const count = Math.ceil(file.size / chunkSize)
      let next = 0
      const worker = async () => {
        for (let index = next++; index < count; index = next++) {
          const bytes = Buffer.alloc(Math.min(chunkSize, file.size - index * chunkSize))
          await handle.read(bytes, 0, bytes.length, index * chunkSize)
          await appendSegment(agent, `${url}/2/media/upload/${mediaId}/append`, index, bytes)
        }
      }
      await Promise.all(Array.from({ length: concurrency }, worker))
      const finalized = await postJson(`${url}/2/media/upload/${mediaId}/finalize`, {})
      const readInfo = (body) => body.data?.processing_info && { state: body.data.processing_info.state, checkAfterSecs: body.data.processing_info.check_after_secs }
      await waitForProcessing(readInfo(finalized), async () => {
        const response = await fetch(`${url}/2/media/upload?command=STATUS&media_id=${mediaId}`, { headers: { authorization } })
        return readInfo(await response.json())
      })
    } finally {
      await handle.close()
    }
  }
}
