// CPU cost of the hot paths that exist, as operations per second, in a fresh process:
// base64 of one 5 MB chunk (the `media_data` / JSON `media` form) and the OAuth 1.0a
// signature of an INIT request, each next to what the compared clients run for the same job.
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import { blobToBase64 } from '@tweet-media/core'
import { oauth1AuthorizationHeader } from '@tweet-media/core/server'
import { OAUTH1 } from '../lib/credentials.mjs'

const require = createRequire(import.meta.url)
const { budgetMs } = JSON.parse(process.argv[2] ?? '{}')
const CHUNK_BYTES = 5 * 1024 * 1024

/** Runs `operation` until `budgetMs` has passed (at least 3 times, at most 100,000), after a short warm-up. */
async function measure(operation) {
  for (let i = 0; i < 3; i++) await operation()
  let iterations = 0
  const started = performance.now()
  let elapsed = 0
  while ((elapsed < budgetMs || iterations < 3) && iterations < 100_000) {
    await operation()
    iterations++
    elapsed = performance.now() - started
  }
  return { iterations, ms: elapsed, opsPerSec: (iterations * 1000) / elapsed }
}

const chunk = new Uint8Array(CHUNK_BYTES)
for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 2654435761) >>> 24
const chunkBlob = new Blob([chunk])
const chunkBuffer = Buffer.from(chunk.buffer)

const initRequest = {
  method: 'POST',
  url: 'https://upload.twitter.com/1.1/media/upload.json',
  bodyParams: [
    ['command', 'INIT'],
    ['total_bytes', String(256 * 1024 * 1024)],
    ['media_type', 'video/mp4'],
    ['media_category', 'tweet_video'],
  ],
}
const { OAuth1Helper } = require('twitter-api-v2/dist/cjs/client-mixins/oauth1.helper')
const twitterApiSigner = new OAuth1Helper({ consumerKeys: { key: OAUTH1.consumerKey, secret: OAUTH1.consumerSecret } })
const twitterApiInit = { method: 'POST', url: initRequest.url, data: Object.fromEntries(initRequest.bodyParams) }

const cases = [
  {
    name: 'base64 of a 5 MB chunk',
    implementation: '@tweet-media/core blobToBase64 (3 MB Blob reads; Buffer in Node, btoa or toBase64 in browsers)',
    bytes: CHUNK_BYTES,
    run: () => blobToBase64(chunkBlob),
  },
  {
    name: 'base64 of a 5 MB chunk',
    implementation: "Buffer#toString('base64') (Node only; what twitter-api-v2 and xdk users call)",
    bytes: CHUNK_BYTES,
    run: () => chunkBuffer.toString('base64'),
  },
  {
    name: 'OAuth 1.0a signature of an INIT request',
    implementation: '@tweet-media/core oauth1AuthorizationHeader (WebCrypto HMAC-SHA1)',
    run: () => oauth1AuthorizationHeader(OAUTH1, initRequest),
  },
  {
    name: 'OAuth 1.0a signature of an INIT request',
    implementation: 'twitter-api-v2 OAuth1Helper (node:crypto HMAC-SHA1)',
    run: () => twitterApiSigner.toHeader(twitterApiSigner.authorize(twitterApiInit, { key: OAUTH1.token, secret: OAUTH1.tokenSecret })),
  },
]

const results = []
for (const { run, ...meta } of cases) {
  const measured = await measure(run)
  results.push({ ...meta, ...measured, ...(meta.bytes ? { mbPerSec: (measured.opsPerSec * meta.bytes) / 1024 / 1024 } : {}) })
}
process.send(results)
process.disconnect()
