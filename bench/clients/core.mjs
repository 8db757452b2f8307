// @tweet-media/core as a Node user runs it: a file opened with fs.openAsBlob, the fetch
// transport (or `transport: 'node'`, nodeHttpTransport of @tweet-media/core/node), OAuth
// 1.0a signing for v1.1 and a bearer token for v2.
import { openAsBlob } from 'node:fs'
import { createUploader } from '@tweet-media/core'
import { nodeHttpTransport } from '@tweet-media/core/node'
import { oauth1Authorizer } from '@tweet-media/core/server'
import { BEARER_TOKEN, OAUTH1 } from '../lib/credentials.mjs'

/**
 * `wholeFileInMemory` is the memory check's control: the same upload from a copy of the
 * whole file in memory, what core would cost if it buffered the file. The check must fail it.
 */
export async function prepare({ url, dialect, chunkSize, concurrency, wholeFileInMemory = false, transport = 'fetch' }) {
  const uploader = createUploader({
    dialect,
    baseUrl: url,
    auth: dialect === 'v1.1' ? oauth1Authorizer(OAUTH1) : { bearerToken: BEARER_TOKEN },
    transport: transport === 'node' ? nodeHttpTransport() : 'fetch',
    chunkSize,
    concurrency,
    resumeStore: false,
  })
  return async (file) => {
    const onDisk = await openAsBlob(file.path, { type: 'video/mp4' })
    const blob = wholeFileInMemory ? new Blob([await onDisk.arrayBuffer()], { type: 'video/mp4' }) : onDisk
    const media = await uploader.upload(blob)
    if (media.processingInfo && media.processingInfo.state !== 'succeeded') throw new Error('upload ended before processing')
  }
}
