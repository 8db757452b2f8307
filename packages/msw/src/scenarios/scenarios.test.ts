import { getResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createManualClock,
  createMediaMock,
  DEFAULT_PROCESSING_ERROR,
  isScenarioName,
  scenarios,
  X_PROCESSING_ERRORS,
  type ProcessingError,
  type ScenarioName,
} from '../index'
import { TRANSPORTS, serveOver, type Harness } from '../../test/http-harness'
import { bytesOf } from '../../test/media-fixtures'
import { USER_AUTH, urlencoded } from '../../test/v1-client'

const clock = createManualClock(Date.UTC(2026, 0, 1))

describe.each(TRANSPORTS)('over %s', (transport) => {
  const x = serveOver(transport, { clock, seed: 11 })
  afterEach(() => vi.useRealTimers())

  async function appendStatuses(x: Harness, count: number): Promise<number[]> {
    const id = await x.v1.initId({ total_bytes: String(count), media_type: 'video/mp4' })
    const statuses: number[] = []
    for (let i = 0; i < count; i++) statuses.push((await x.v1.append(id, i, bytesOf(1))).status)
    return statuses
  }

  /** A request is unanswered for `earliestMs` of (fake) time and answered by `latestMs`. */
  async function expectAnsweredBetween(x: Harness, earliestMs: number, latestMs: number): Promise<void> {
    const realSetTimeout = globalThis.setTimeout
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    let settled = false
    const pending = x.v1.status('1').then(() => {
      settled = true
    })
    // Over loopback the request needs real I/O to reach the server and start its delay.
    while (vi.getTimerCount() === 0) await new Promise((resolve) => realSetTimeout(resolve, 5))
    await vi.advanceTimersByTimeAsync(earliestMs - 1)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(latestMs - earliestMs + 1)
    await pending
    expect(settled).toBe(true)
  }

  /** Polls a v2 video until its processing carries an error; checks the state beside it. */
  async function expectProcessingError(x: Harness, state: string, error: ProcessingError): Promise<void> {
    const id = await x.v2.initializeId({ media_type: 'video/mp4', total_bytes: 1, media_category: 'tweet_video' })
    await x.v2.appendMultipart(id, 0, bytesOf(1))
    await x.v2.finalize(id)
    let info: { state?: string; error?: unknown } | undefined
    for (let poll = 0; poll < 10 && info?.error === undefined; poll++) {
      clock.advance(1000)
      info = ((await (await x.v2.status(id)).json()) as { data: { processing_info?: typeof info } }).data.processing_info
    }
    expect(info).toMatchObject({ state, error })
    clock.advance(1000)
    const again = ((await (await x.v2.status(id)).json()) as { data: { processing_info?: typeof info } }).data.processing_info
    expect(again).toEqual(info)
  }

  async function finalizedVideo(x: Harness): Promise<string> {
    const id = await x.v1.initId({ total_bytes: '1', media_type: 'video/mp4', media_category: 'tweet_video' })
    await x.v1.append(id, 0, bytesOf(1))
    await x.v1.finalize(id)
    return id
  }

  describe('injected APPEND failures', () => {
    it('fails the Nth APPENDs with 503 without storing them, and a resend succeeds', async () => {
      x.mock.configure({ failAppendNumbers: [2] })
      const id = await x.v1.initId({ total_bytes: '2', media_type: 'image/png' })
      expect((await x.v1.append(id, 0, bytesOf(1))).status).toBe(204)
      const failed = await x.v1.append(id, 1, bytesOf(1))
      expect(failed.status).toBe(503)
      expect(await failed.json()).toEqual({ errors: [{ code: 130, message: 'Over capacity' }] })
      expect(x.mock.store.get(id)?.segmentIndices).toEqual([0])
      expect((await x.v1.append(id, 1, bytesOf(1))).status).toBe(204)
      expect((await x.v1.finalize(id)).status).toBe(201)
      expect(x.mock.store.requests.map((r) => r.outcome)).toEqual(['ok', 'ok', 'injected-failure', 'ok', 'ok'])
    })

    it('fails a seeded fraction of APPENDs, the same ones for the same seed', async () => {
      x.mock.configure({ appendFailureRate: 0.5, appendFailureStatus: 500 })
      const first = await appendStatuses(x, 20)
      expect(first.filter((s) => s === 500).length).toBeGreaterThan(3)
      expect(first.filter((s) => s === 204).length).toBeGreaterThan(3)
      x.mock.reset()
      x.mock.configure({ appendFailureRate: 0.5, appendFailureStatus: 500 })
      expect(await appendStatuses(x, 20)).toEqual(first)
    })

    it('answers v2 failures as problem details', async () => {
      x.mock.configure({ failAppendNumbers: [1] })
      const id = await x.v2.initializeId({ media_type: 'image/png', total_bytes: 1 })
      const response = await x.v2.appendJson(id, 0, bytesOf(1))
      expect(response.status).toBe(503)
      expect(await response.json()).toEqual({ title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 })
    })
  })

  describe('rate limit', () => {
    it('answers 429 with x-rate-limit-* headers past the budget, until the window resets', async () => {
      x.mock.configure({ rateLimit: { afterRequests: 2, resetAfterSecs: 60 } })
      const resetAt = String(Math.ceil((clock.now() + 60_000) / 1000))
      const id = await x.v1.initId({ total_bytes: '1', media_type: 'image/png' })
      const second = await x.v1.status(id)
      expect(second.status).toBe(200)
      expect(second.headers.get('x-rate-limit-remaining')).toBe('0')

      const limited = await x.v1.status(id)
      expect(limited.status).toBe(429)
      expect(await limited.json()).toEqual({ errors: [{ code: 88, message: 'Rate limit exceeded' }] })
      expect(Object.fromEntries(['limit', 'remaining', 'reset'].map((h) => [h, limited.headers.get(`x-rate-limit-${h}`)]))).toEqual({
        limit: '2',
        remaining: '0',
        reset: resetAt,
      })

      clock.advance(60_000)
      expect((await x.v1.status(id)).status).toBe(200)
    })

    it('answers v2 with a 429 problem', async () => {
      x.mock.configure({ rateLimit: { afterRequests: 0 } })
      const response = await fetch(`${x.v2.base}/media/upload?media_id=1`, { headers: { authorization: 'Bearer t' } })
      expect(response.status).toBe(429)
      expect(await response.json()).toMatchObject({ title: 'Too Many Requests', status: 429 })
      expect(Object.fromEntries(['limit', 'remaining', 'reset'].map((h) => [h, response.headers.get(`x-rate-limit-${h}`)]))).toEqual({
        limit: '0',
        remaining: '0',
        reset: String(Math.ceil((clock.now() + 900_000) / 1000)),
      })
    })
  })

  describe('dropped connections and latency', () => {
    it('drops the chosen requests as a network error, and every request when offline', async () => {
      x.mock.configure({ dropRequestNumbers: [2] })
      const id = await x.v1.initId({ total_bytes: '1', media_type: 'image/png' })
      await expect(x.v1.append(id, 0, bytesOf(1))).rejects.toThrow(TypeError)
      expect(x.mock.store.get(id)?.segmentIndices).toEqual([])
      expect(x.mock.store.requests[1]).toMatchObject({ outcome: 'dropped', status: 0 })

      x.mock.configure(scenarios.offline)
      await expect(x.v1.status(id)).rejects.toThrow(TypeError)
    })

    it('delays each answer by the configured latency', async () => {
      x.mock.configure({ latencyMs: 1000 })
      await expectAnsweredBetween(x, 1000, 1000)
    })
  })

  /** What each preset must make happen, driven over HTTP (a preset without a check fails to compile). */
  const PRESET_BEHAVIOUR: Record<ScenarioName, (x: Harness) => Promise<void>> = {
    async happy(x) {
      const id = await x.v1.initId({ total_bytes: '2', media_type: 'image/png' })
      expect((await x.v1.append(id, 0, bytesOf(2))).status).toBe(204)
      expect((await x.v1.finalize(id)).status).toBe(201)
    },
    async slowNetwork(x) {
      await expectAnsweredBetween(x, 400, 1200)
    },
    async flakyAppends(x) {
      const statuses = await appendStatuses(x, 20)
      expect(statuses).toContain(503)
      expect(statuses).toContain(204)
    },
    async rateLimited(x) {
      const statuses: number[] = []
      for (let i = 0; i < 6; i++) statuses.push((await x.v1.status('1')).status)
      expect(statuses).toEqual([400, 400, 400, 400, 400, 429])
      clock.advance(60_000)
      expect((await x.v1.status('1')).status).toBe(400)
    },
    async offline(x) {
      await expect(x.v1.status('1')).rejects.toThrow(TypeError)
    },
    async droppedConnections(x) {
      const outcomes: string[] = []
      for (let i = 0; i < 20; i++) outcomes.push(await x.v1.status('1').then(() => 'answered', () => 'dropped'))
      expect(outcomes).toContain('dropped')
      expect(outcomes).toContain('answered')
    },
    async processingFails(x) {
      const id = await finalizedVideo(x)
      let info: { state?: string; error?: unknown } | undefined
      for (let poll = 0; poll < 10 && info?.state !== 'failed'; poll++) {
        clock.advance(1000)
        info = ((await (await x.v1.status(id)).json()) as { processing_info?: typeof info }).processing_info
      }
      expect(info).toMatchObject({ state: 'failed', error: DEFAULT_PROCESSING_ERROR })
    },
    async slowProcessing(x) {
      const id = await finalizedVideo(x)
      const states: string[] = []
      for (let poll = 0; poll < 10 && states.at(-1) !== 'succeeded:-'; poll++) {
        clock.advance(2000)
        const info = ((await (await x.v1.status(id)).json()) as { processing_info?: { state: string; check_after_secs?: number } }).processing_info
        states.push(`${info?.state}:${info?.check_after_secs ?? '-'}`)
      }
      expect(states).toEqual([...Array(5).fill('in_progress:2'), 'succeeded:-'])
    },
    processingTooLong: (x) => expectProcessingError(x, 'failed', X_PROCESSING_ERRORS.tooLong),
    processingInvalidFile: (x) => expectProcessingError(x, 'failed', X_PROCESSING_ERRORS.invalidFile),
    processingUnsupported: (x) => expectProcessingError(x, 'failed', X_PROCESSING_ERRORS.unsupported),
    processingErrorInProgress: (x) => expectProcessingError(x, 'in_progress', X_PROCESSING_ERRORS.tooLong),
    async serverErrorStrings(x) {
      const id = await x.v2.initializeId({ media_type: 'image/png', total_bytes: 1 })
      const failed = await x.v2.appendMultipart(id, 0, bytesOf(1))
      expect(failed.status).toBe(500)
      expect(await failed.text()).toBe('{"errors":["internal server error"]}')
      expect((await x.v2.appendMultipart(id, 0, bytesOf(1))).status).toBe(200)
    },
    async cdnBadGateway(x) {
      const id = await x.v1.initId({ total_bytes: '1', media_type: 'image/png' })
      const failed = await x.v1.append(id, 0, bytesOf(1))
      expect(failed.status).toBe(502)
      expect(failed.headers.get('content-type')).toBe('text/html')
      expect(await failed.text()).toContain('<title>502 Bad Gateway</title>')
      expect((await x.v1.append(id, 0, bytesOf(1))).status).toBe(204)
    },
    async missingMediaWriteScope(x) {
      const response = await x.v2.initialize({ media_type: 'image/png', total_bytes: 1 })
      expect(response.status).toBe(403)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      expect(await response.text()).toBe('{"title":"Forbidden","type":"about:blank","status":403,"detail":"Forbidden"}')
      const v1 = await x.v1.init({ total_bytes: '1', media_type: 'image/png' })
      expect(v1.status).toBe(403)
      expect(await v1.json()).toEqual({ errors: [{ code: 220, message: 'Your credentials do not allow access to this resource.' }] })
      expect(x.mock.store.list()).toEqual([])
    },
    async appOnlyToken(x) {
      const response = await x.v2.status('1')
      expect(response.status).toBe(403)
      expect(await response.json()).toEqual({
        title: 'Unsupported Authentication',
        detail:
          'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].',
        type: 'https://api.twitter.com/2/problems/unsupported-authentication',
        status: 403,
      })
    },
    async xRateLimits(x) {
      const init = await x.v2.initialize({ media_type: 'image/png', total_bytes: 1 })
      expect([init.headers.get('x-rate-limit-limit'), init.headers.get('x-rate-limit-remaining')]).toEqual(['1875', '1874'])
      const status = await x.v1.status('1')
      expect([status.headers.get('x-rate-limit-limit'), status.headers.get('x-rate-limit-remaining')]).toEqual(['1000', '999'])
    },
    async shortExpiry(x) {
      const init = (await (await x.v1.init({ total_bytes: '1', media_type: 'image/png' })).json()) as { media_id_string: string; expires_after_secs: number }
      expect(init.expires_after_secs).toBe(30)
      clock.advance(30_000)
      expect((await x.v1.append(init.media_id_string, 0, bytesOf(1))).status).toBe(400)
    },
  }

  describe('presets', () => {
    it.each(Object.keys(PRESET_BEHAVIOUR) as ScenarioName[])('%s does what its name says', async (name) => {
      x.mock.configure(scenarios[name])
      await PRESET_BEHAVIOUR[name](x)
    })
  })

  describe('presets, seeds and the request log', () => {
    it('names every preset', () => {
      for (const name of Object.keys(scenarios)) expect(isScenarioName(name)).toBe(true)
      expect(isScenarioName('toString')).toBe(false)
    })

    it('issues the same ids for the same seed', async () => {
      const first = await x.v1.initId({ total_bytes: '1', media_type: 'image/png' })
      x.mock.reset()
      expect(await x.v1.initId({ total_bytes: '1', media_type: 'image/png' })).toBe(first)
      const other = createMediaMock({ seed: 12 })
      const init = new Request(x.v1.uploadUrl.replace(/^http:\/\/[^/]+/, 'https://upload.x.com'), {
        method: 'POST',
        body: urlencoded({ command: 'INIT', total_bytes: '1', media_type: 'image/png' }),
        headers: USER_AUTH,
      })
      const answer = (await (await getResponse(other.handlers, init))?.json()) as { media_id_string: string }
      expect(answer.media_id_string).toMatch(/^\d{19}$/)
      expect(answer.media_id_string).not.toBe(first)
    })

    it('logs each request with its step, media id and segment index', async () => {
      const id = await x.v1.initId({ total_bytes: '2', media_type: 'image/png' })
      await x.v1.append(id, 1, bytesOf(1))
      await x.v1.append(id, 0, bytesOf(1))
      await x.v1.finalize(id)
      expect(x.mock.store.requests.map(({ step, mediaId, segmentIndex, status }) => ({ step, mediaId, segmentIndex, status }))).toEqual([
        { step: 'INIT', mediaId: id, segmentIndex: undefined, status: 202 },
        { step: 'APPEND', mediaId: id, segmentIndex: 1, status: 204 },
        { step: 'APPEND', mediaId: id, segmentIndex: 0, status: 204 },
        { step: 'FINALIZE', mediaId: id, segmentIndex: undefined, status: 201 },
      ])
    })

    it('returns to the creation options on reset', async () => {
      x.mock.configure({ offline: true })
      x.mock.reset()
      expect(x.mock.scenario.offline).toBeUndefined()
      expect((await x.v1.status('1')).status).toBe(400)
    })
  })
})
