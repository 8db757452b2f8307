// The inspector's JSON control API and live feed on the standalone server, as a script uses them.
import { MediaUploadError, uploadMedia } from '@tweet-media/core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMockServer, type MockServer } from '../node/create-mock-server'
import type { InspectorState } from './inspector-state'
import { InspectorRequestLog } from './request-log'
import { photoFile, videoFile } from '../../test/inspector-media/files'

let server: MockServer
beforeAll(async () => {
  server = await createMockServer({ port: 0, seed: 9, processing: { rounds: 0, checkAfterSecs: 1 } })
})
afterEach(() => server.reset())
afterAll(() => server.close())

const api = (path: string) => `${server.inspectorUrl}api/${path}`
const control = (action: string, body: unknown = {}, type = 'application/json') =>
  fetch(api(action), { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify(body) })
const upload = (file: File, altText?: string) =>
  uploadMedia(file, { baseUrl: server.url, auth: { bearerToken: 'script' }, retry: false, ...(altText ? { altText } : {}) })
const state = async (query = ''): Promise<InspectorState> => (await (await fetch(api(`state${query}`))).json()) as InspectorState

describe('the control API', () => {
  it('changes the running scenario and answers the new state', async () => {
    const response = await control('scenario', { latencyMs: 20, appendFailureRate: 0.5, offline: true, rateLimit: { afterRequests: 3 } })
    expect(response.status).toBe(200)
    expect(((await response.json()) as InspectorState).scenario).toMatchObject({ latencyMs: 20, offline: true })
    expect(server.mock.scenario).toMatchObject({ latencyMs: 20, appendFailureRate: 0.5, offline: true, rateLimit: { afterRequests: 3 } })
    await control('scenario', { offline: false, rateLimit: null })
    expect(server.mock.scenario).toMatchObject({ offline: false, rateLimit: null })
  })

  it('refuses bad input with a code and changes nothing', async () => {
    const cases: [unknown, string][] = [
      [{ latencyMs: -1 }, 'latencyMs must be a number from 0'],
      [{ appendFailureRate: 2 }, 'appendFailureRate must be a number from 0 to 1'],
      [{ offline: 'yes' }, 'offline must be true or false'],
      [{ rateLimit: {} }, 'rateLimit.afterRequests is required'],
      [{ latency: 5 }, 'unknown field latency'],
      [[1], 'the body must be a JSON object'],
    ]
    for (const [body, message] of cases) {
      const response = await control('scenario', body)
      expect(response.status).toBe(400)
      const answer = (await response.json()) as { error: { code: string; message: string } }
      expect(answer.error.code).toBe('invalid-control')
      expect(answer.error.message).toContain(message)
    }
    expect(server.mock.scenario).toEqual({ processing: { rounds: 0, checkAfterSecs: 1 } })
  })

  it('takes controls only as JSON, so a cross-site form cannot send them', async () => {
    const response = await control('reset', {}, 'text/plain')
    expect(response.status).toBe(415)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect((await fetch(api('nothing'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404)
  })

  it('fails the next processing only', async () => {
    await control('fail-next-processing')
    expect((await state()).failNextProcessing).toBe(true)
    const failed = await upload(videoFile()).catch((error: unknown) => error)
    expect(failed).toBeInstanceOf(MediaUploadError)
    expect((failed as MediaUploadError).code).toBe('processing-failed')
    expect((await state()).failNextProcessing).toBe(false)
    const next = await upload(videoFile())
    expect(server.store.get(next.mediaId)?.processing?.state).toBe('succeeded')
  })

  it('expires a media item now: X then refuses its id', async () => {
    const { mediaId } = await upload(photoFile())
    expect((await control(`media/${mediaId}/expire`)).status).toBe(200)
    const media = (await state()).media.find((item) => item.id === mediaId)
    expect(media?.expiresAt).toBeLessThanOrEqual(Date.now())
    const status = await fetch(`${server.url}/2/media/upload?command=STATUS&media_id=${mediaId}`, { headers: { authorization: 'Bearer script' } })
    expect(status.status).toBe(400)
    expect((await control('media/1234/expire')).status).toBe(404)
  })

  it('resets the store and the log', async () => {
    await upload(photoFile())
    await control('reset')
    expect(await state()).toMatchObject({ media: [], requests: [] })
  })
})

describe('what the inspector shows', () => {
  it('describes each media item and serves its bytes, whole or by range', async () => {
    const { mediaId } = await upload(photoFile(), 'A gradient')
    const [media] = (await state()).media
    expect(media).toMatchObject({ id: mediaId, kind: 'image', mediaType: 'image/png', state: 'finalized', altText: 'A gradient', hasBytes: true })
    const file = new Uint8Array(await photoFile().arrayBuffer())
    const whole = await fetch(`${server.inspectorUrl}media/${mediaId}/bytes`)
    expect(whole.headers.get('content-type')).toBe('image/png')
    expect(new Uint8Array(await whole.arrayBuffer())).toEqual(file)
    const part = await fetch(`${server.inspectorUrl}media/${mediaId}/bytes`, { headers: { range: 'bytes=8-15' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 8-15/${file.length}`)
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(file.subarray(8, 16))
    expect((await fetch(`${server.inspectorUrl}media/${mediaId}/bytes`, { headers: { range: `bytes=${file.length}-` } })).status).toBe(416)
    expect((await fetch(`${server.inspectorUrl}media/999/bytes`)).status).toBe(404)
  })

  it('logs requests with the X-style body of failures, filterable by media id', async () => {
    const { mediaId } = await upload(photoFile())
    const refused = await fetch(`${server.url}/2/media/upload?command=STATUS&media_id=42`, { headers: { authorization: 'Bearer script' } })
    const body = await refused.text()
    const { requests } = (await (await fetch(api('requests'))).json()) as InspectorState
    const failure = requests.find((entry) => entry.status === refused.status)
    expect(failure).toMatchObject({ method: 'GET', path: '/2/media/upload', errorBody: body, outcome: 'rejected' })
    const mine = (await state(`?mediaId=${mediaId}`)).requests
    expect(mine.length).toBeGreaterThan(0)
    expect(mine.every((entry) => entry.mediaId === mediaId && entry.errorBody === null)).toBe(true)
  })

  it('streams the state as server-sent events when something changes', async () => {
    const response = await fetch(api('events'))
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
    let text = ''
    const nextState = async (): Promise<InspectorState> => {
      while (!text.includes('\n\n')) text += (await reader.read()).value ?? ''
      const [frame = '', ...rest] = text.split('\n\n')
      text = rest.join('\n\n')
      return JSON.parse(frame.split('\n').find((line) => line.startsWith('data: '))!.slice(6)) as InspectorState
    }
    expect((await nextState()).media).toEqual([])
    const { mediaId } = await upload(photoFile())
    let seen = await nextState()
    while (!seen.media.some((media) => media.id === mediaId && media.state === 'finalized')) seen = await nextState()
    await reader.cancel()
  })

  it('keeps a bounded log: the oldest entries go first', () => {
    const log = new InspectorRequestLog(3)
    for (let i = 0; i < 5; i++) log.add({ method: 'GET', path: `/${i}`, time: i, status: 200 }, undefined)
    expect(log.list().map((entry) => entry.path)).toEqual(['/2', '/3', '/4'])
    const long = log.add({ method: 'GET', path: '/x', time: 0, status: 400, errorBody: 'e'.repeat(5000) }, undefined)
    expect(long.errorBody).toHaveLength(2000)
  })
})

describe('over a store that keeps no request log', () => {
  let quiet: MockServer
  beforeAll(async () => {
    quiet = await createMockServer({ port: 0, seed: 10, processing: { rounds: 0, checkAfterSecs: 1 }, store: { maxLoggedRequests: 0 } })
  })
  afterAll(() => quiet.close())

  it('still fails only the next processing and lists the requests it saw', async () => {
    const post = (action: string) => fetch(`${quiet.inspectorUrl}api/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    const send = (file: File) => uploadMedia(file, { baseUrl: quiet.url, auth: { bearerToken: 'script' }, retry: false })
    await post('fail-next-processing')
    const failed = await send(videoFile()).catch((error: unknown) => error)
    expect((failed as MediaUploadError).code).toBe('processing-failed')
    const next = await send(videoFile())
    expect(quiet.store.get(next.mediaId)?.processing?.state).toBe('succeeded')
    expect(quiet.store.requests).toEqual([])
    const seen = (await (await fetch(`${quiet.inspectorUrl}api/state`)).json()) as InspectorState
    expect(seen.failNextProcessing).toBe(false)
    expect(seen.requests.filter((entry) => entry.path.endsWith('/initialize'))).toHaveLength(2)
  })
})
