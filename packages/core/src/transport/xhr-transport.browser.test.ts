// Runs in the browser project (Chromium, msw's service worker standing in for X), the
// only place XMLHttpRequest exists. Through a service worker Chrome fires no upload
// progress events, so bytes-within-a-chunk progress is only observable against a real
// server; these tests check everything else the transport does.
import { setupWorker } from 'msw/browser'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { bearerAuthorizer } from '../auth/bearer'
import { resolveEndpoint } from '../endpoints'
import { errorFromResponse } from '../errors/error-from-response'
import { buildInit } from '../request/build-init'
import { toRequest } from '../request/built-request'
import { parseInitResponse } from '../response/parse-responses'
import { createMockedX, MIB, sha256Hex, testUploader, testVideo } from '../../test/test-support'
import type { Dialect } from '../types'
import { chooseTransport } from './choose-transport'
import type { Transport } from './types'
import { xhrTransport } from './xhr-transport'

const { clock, mock } = createMockedX(9)
const worker = setupWorker(...mock.handlers)
beforeAll(() => worker.start({ quiet: true, onUnhandledFrame: 'error' }))
afterEach(() => mock.reset())
afterAll(() => worker.stop())

const authorized = bearerAuthorizer({ bearerToken: 'browser-user' })

describe('transport choice in a browser', () => {
  it('uses XMLHttpRequest for tasks and fetch when nobody listens to progress', () => {
    expect(chooseTransport({}, true).reportsUploadProgress).toBe(true)
    expect(chooseTransport({}, false).reportsUploadProgress).toBe(false)
    expect(chooseTransport({ fetch: globalThis.fetch }, true).reportsUploadProgress).toBe(false)
  })
})

describe.each<Dialect>(['v2', 'v1.1'])('XMLHttpRequest transport (%s)', (dialect) => {
  const endpoint = resolveEndpoint({ dialect })
  const init = () => toRequest(buildInit(endpoint, { totalBytes: 1_000, mediaType: 'video/mp4', mediaCategory: 'tweet_video' }))

  it('sends the request with its headers and body, and reads status, headers and body', async () => {
    const answer = await xhrTransport().send(await authorized(init()))

    const media = parseInitResponse(answer, { dialect, receivedAt: clock.now() })
    expect(answer.status).toBeLessThan(300)
    expect(answer.headers.get('content-type')).toContain('application/json')
    expect(mock.store.get(media.mediaId)).toMatchObject({ totalBytes: 1_000, mediaType: 'video/mp4', owner: 'browser-user' })
  })

  it('resolves an error status with the headers the retry policy reads', async () => {
    mock.configure({ rateLimit: { afterRequests: 0, resetAfterSecs: 60 } })

    const answer = await xhrTransport().send(await authorized(init()))

    expect(answer.status).toBe(429)
    const error = errorFromResponse(answer, clock.now())
    expect(error).toMatchObject({ code: 'rate-limited', retryable: true })
    expect(error.retryAfterMs).toBeGreaterThan(0)
  })
})

describe.each<Dialect>(['v2', 'v1.1'])('uploads over XMLHttpRequest (%s)', (dialect) => {
  it('delivers the exact bytes of a chunked upload, with progress to the last byte', async () => {
    const { uploader } = testUploader(dialect, clock, { transport: 'xhr', auth: { bearerToken: 'browser-user' }, chunkSize: MIB })
    const file = testVideo(3 * MIB + 99)
    const sent: number[] = []

    const media = await uploader.upload(file, { onProgress: (event) => sent.push(event.bytesSent) })

    expect(mock.store.get(media.mediaId)?.sha256).toBe(await sha256Hex(file))
    expect(mock.store.get(media.mediaId)?.segmentIndices).toEqual([0, 1, 2, 3])
    expect(sent.at(-1)).toBe(file.size)
  })
})

describe('multipart bodies over XMLHttpRequest', () => {
  it('are handed over as the FormData they were built as, with the file slice itself, and arrive whole', async () => {
    const xhr = xhrTransport()
    const handed: Array<{ contentType: string | null; fields: string[]; media: FormDataEntryValue | null }> = []
    const recording: Transport = {
      reportsUploadProgress: xhr.reportsUploadProgress,
      sendsFormData: xhr.sendsFormData,
      send(request, options) {
        if (options?.formData) {
          handed.push({ contentType: request.headers.get('content-type'), fields: [...options.formData.keys()], media: options.formData.get('media') })
        }
        return xhr.send(request, options)
      },
    }
    const { uploader } = testUploader('v2', clock, { transport: recording, auth: { bearerToken: 'browser-user' }, chunkSize: MIB })
    // In memory, as a canvas, the clipboard or MediaRecorder hands it over.
    const file = new Blob([await testVideo(2 * MIB + 7).arrayBuffer()], { type: 'video/mp4' })
    const media = await uploader.upload(file, { onProgress: () => undefined })
    expect(mock.store.get(media.mediaId)?.sha256).toBe(await sha256Hex(file))
    expect(handed.map((entry) => entry.fields)).toEqual([0, 1, 2].map(() => ['segment_index', 'media']))
    expect(handed.map((entry) => (entry.media as Blob).size)).toEqual([MIB, MIB, 7])
  })
})

// Last, once: the late answer it leaves behind must not land in another test.
describe('XMLHttpRequest transport abort', () => {
  it('rejects as aborted at once when the signal fires mid-request', async () => {
    // X answers late; the abort must not wait for it.
    mock.configure({ latencyMs: 1_500 })
    const controller = new AbortController()
    const pending = xhrTransport().send(await authorized(toRequest(buildInit(resolveEndpoint(), { totalBytes: 1_000, mediaType: 'video/mp4' }))), {
      signal: controller.signal,
    })
    setTimeout(() => controller.abort(), 20)

    await expect(pending).rejects.toMatchObject({ code: 'aborted' })
    expect(mock.store.list()).toHaveLength(0)
  })
})
