// twitter-api-v2's v1.1 `uploadMedia` with a file path (it reads the file itself), pointed
// at the mock: the upload prefix keeps X's host name, an agent resolves it to loopback.
import { Agent } from 'node:http'
import { createRequire } from 'node:module'
import { OAUTH1 } from '../lib/credentials.mjs'

const require = createRequire(import.meta.url)

const toLoopback = (_host, options, callback) =>
  options?.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4)

export async function prepare({ url, chunkSize, concurrency }) {
  const globals = require('twitter-api-v2/dist/cjs/globals')
  const { TwitterApi, EUploadMimeType } = require('twitter-api-v2')
  globals.API_V1_1_UPLOAD_PREFIX = `http://upload.x.com:${new URL(url).port}/1.1/`
  const client = new TwitterApi(
    { appKey: OAUTH1.consumerKey, appSecret: OAUTH1.consumerSecret, accessToken: OAUTH1.token, accessSecret: OAUTH1.tokenSecret },
    { httpAgent: new Agent({ keepAlive: true, lookup: toLoopback }) },
  )
  return async (file) => {
    const mediaId = await client.v1.uploadMedia(file.path, {
      mimeType: EUploadMimeType.Mp4,
      target: 'tweet',
      chunkLength: chunkSize,
      maxConcurrentUploads: concurrency,
    })
    if (typeof mediaId !== 'string') throw new Error('no media id')
  }
}
