import { createRequire } from 'node:module'
import { Agent, type AgentOptions } from 'node:http'
import { Client } from '@xdevplatform/xdk'
import { EUploadMimeType, TwitterApi } from 'twitter-api-v2'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMockServer, type MockServer } from '../node/index'
import { pngFile, sha256 } from '../../test/media-fixtures'

// The same unchanged clients, over real HTTP to the standalone server on loopback.
const require = createRequire(import.meta.url)
const twitterGlobals = require('twitter-api-v2/dist/cjs/globals') as { API_V1_1_UPLOAD_PREFIX: string }
const originalPrefix = twitterGlobals.API_V1_1_UPLOAD_PREFIX

let server: MockServer
beforeAll(async () => {
  server = await createMockServer({ seed: 4 })
  // Keep the host name twitter-api-v2 expects (it picks multipart by it); resolve it to loopback.
  twitterGlobals.API_V1_1_UPLOAD_PREFIX = `http://upload.x.com:${server.port}/1.1/`
})
afterEach(() => server.reset())
afterAll(async () => {
  twitterGlobals.API_V1_1_UPLOAD_PREFIX = originalPrefix
  await server.close()
})

const toLoopback: AgentOptions['lookup'] = (_host, options, callback) => {
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }])
  else (callback as (error: null, address: string, family: number) => void)(null, '127.0.0.1', 4)
}

describe('clients over loopback', () => {
  it('twitter-api-v2 uploads an image with alt text through upload.x.com resolved to the mock', async () => {
    const agent = new Agent({ keepAlive: true, lookup: toLoopback })
    const client = new TwitterApi(
      { appKey: 'key', appSecret: 'secret', accessToken: '99-token', accessSecret: 'token-secret' },
      { httpAgent: agent },
    )
    const file = pngFile(1_500_000)
    const mediaId = await client.v1.uploadMedia(file, { mimeType: EUploadMimeType.Png })
    await client.v1.createMediaMetadata(mediaId, { alt_text: { text: 'Over the wire' } })
    agent.destroy()
    expect(server.store.get(mediaId)).toMatchObject({ owner: '99', altText: 'Over the wire', sha256: await sha256(file) })
    expect(server.store.requests.every((r) => r.url.startsWith(`http://upload.x.com:${server.port}/`))).toBe(true)
  })

  it('xdk uploads an image with the server as its baseUrl', async () => {
    const client = new Client({ accessToken: 'token', baseUrl: server.url, retry: false })
    const file = pngFile(50_000)
    const uploaded = await client.media.upload({ media: file.toString('base64'), mediaCategory: 'tweet_image' })
    const id = uploaded.data?.id ?? ''
    await client.media.createMetadata({ id, metadata: { altText: { text: 'xdk over the wire' } } })
    expect(server.store.get(id)).toMatchObject({ altText: 'xdk over the wire', sha256: await sha256(file) })
  })
})
