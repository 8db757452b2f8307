import { afterEach, describe, expect, it, vi } from 'vitest'
import { createManualClock, createMediaMock, isScenarioName, scenarios } from '../index'
import { serveDuringTests } from '../test-support/serve-during-tests'
import { bytesOf, v1Append, v1Finalize, v1InitId, v1Status } from '../test-support/v1-client'
import { v2AppendJson, v2InitializeId } from '../test-support/v2-client'

const clock = createManualClock(Date.UTC(2026, 0, 1))
const mock = createMediaMock({ clock, seed: 11 })
const server = serveDuringTests(mock)
afterEach(() => vi.useRealTimers())

async function appendStatuses(count: number): Promise<number[]> {
  const id = await v1InitId({ total_bytes: String(count), media_type: 'video/mp4' })
  const statuses: number[] = []
  for (let i = 0; i < count; i++) statuses.push((await v1Append(id, i, bytesOf(1))).status)
  return statuses
}

describe('injected APPEND failures', () => {
  it('fails the Nth APPENDs with 503 without storing them, and a resend succeeds', async () => {
    mock.configure({ failAppendNumbers: [2] })
    const id = await v1InitId({ total_bytes: '2', media_type: 'image/png' })
    expect((await v1Append(id, 0, bytesOf(1))).status).toBe(204)
    const failed = await v1Append(id, 1, bytesOf(1))
    expect(failed.status).toBe(503)
    expect(await failed.json()).toEqual({ errors: [{ code: 130, message: 'Over capacity' }] })
    expect(mock.store.get(id)?.segmentIndices).toEqual([0])
    expect((await v1Append(id, 1, bytesOf(1))).status).toBe(204)
    expect((await v1Finalize(id)).status).toBe(201)
    expect(mock.store.requests.map((r) => r.outcome)).toEqual(['ok', 'ok', 'injected-failure', 'ok', 'ok'])
  })

  it('fails a seeded fraction of APPENDs, the same ones for the same seed', async () => {
    mock.configure({ appendFailureRate: 0.5, appendFailureStatus: 500 })
    const first = await appendStatuses(20)
    expect(first.filter((s) => s === 500).length).toBeGreaterThan(3)
    expect(first.filter((s) => s === 204).length).toBeGreaterThan(3)
    mock.reset()
    mock.configure({ appendFailureRate: 0.5, appendFailureStatus: 500 })
    expect(await appendStatuses(20)).toEqual(first)
  })

  it('answers v2 failures as problem details', async () => {
    mock.configure({ failAppendNumbers: [1] })
    const id = await v2InitializeId({ media_type: 'image/png', total_bytes: 1 })
    const response = await v2AppendJson(id, 0, bytesOf(1))
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({ title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 })
  })
})

describe('rate limit', () => {
  it('answers 429 with x-rate-limit-* headers past the budget, until the window resets', async () => {
    mock.configure({ rateLimit: { afterRequests: 2, resetAfterSecs: 60 } })
    const resetAt = String(Math.ceil((clock.now() + 60_000) / 1000))
    const id = await v1InitId({ total_bytes: '1', media_type: 'image/png' })
    const second = await v1Status(id)
    expect(second.status).toBe(200)
    expect(second.headers.get('x-rate-limit-remaining')).toBe('0')

    const limited = await v1Status(id)
    expect(limited.status).toBe(429)
    expect(await limited.json()).toEqual({ errors: [{ code: 88, message: 'Rate limit exceeded' }] })
    expect(Object.fromEntries(['limit', 'remaining', 'reset'].map((h) => [h, limited.headers.get(`x-rate-limit-${h}`)]))).toEqual({
      limit: '2',
      remaining: '0',
      reset: resetAt,
    })

    clock.advance(60_000)
    expect((await v1Status(id)).status).toBe(200)
  })

  it('answers v2 with a 429 problem', async () => {
    mock.configure({ rateLimit: { afterRequests: 0 } })
    const response = await fetch('https://api.x.com/2/media/upload?media_id=1', { headers: { authorization: 'Bearer t' } })
    expect(response.status).toBe(429)
    expect(await response.json()).toMatchObject({ title: 'Too Many Requests', status: 429 })
    expect(response.headers.get('x-rate-limit-limit')).toBe('0')
  })
})

describe('dropped connections and latency', () => {
  it('drops the chosen requests as a network error, and every request when offline', async () => {
    mock.configure({ dropRequestNumbers: [2] })
    const id = await v1InitId({ total_bytes: '1', media_type: 'image/png' })
    await expect(v1Append(id, 0, bytesOf(1))).rejects.toThrow(TypeError)
    expect(mock.store.get(id)?.segmentIndices).toEqual([])
    expect(mock.store.requests[1]).toMatchObject({ outcome: 'dropped', status: 0 })

    mock.configure(scenarios.offline)
    await expect(v1Status(id)).rejects.toThrow(TypeError)
  })

  it('delays each answer by the configured latency', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    mock.configure({ latencyMs: 1000 })
    let settled = false
    const pending = v1Status('1').then(() => {
      settled = true
    })
    await vi.advanceTimersByTimeAsync(999)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await pending
    expect(settled).toBe(true)
  })
})

describe('presets, seeds and the request log', () => {
  it('names every preset', () => {
    for (const name of Object.keys(scenarios)) expect(isScenarioName(name)).toBe(true)
    expect(isScenarioName('toString')).toBe(false)
  })

  it('issues the same ids for the same seed', async () => {
    const first = await v1InitId({ total_bytes: '1', media_type: 'image/png' })
    mock.reset()
    expect(await v1InitId({ total_bytes: '1', media_type: 'image/png' })).toBe(first)
    const other = createMediaMock({ seed: 12 })
    server.use(...other.handlers)
    expect(await v1InitId({ total_bytes: '1', media_type: 'image/png' })).not.toBe(first)
    server.resetHandlers()
  })

  it('logs each request with its step, media id and segment index', async () => {
    const id = await v1InitId({ total_bytes: '2', media_type: 'image/png' })
    await v1Append(id, 1, bytesOf(1))
    await v1Append(id, 0, bytesOf(1))
    await v1Finalize(id)
    expect(mock.store.requests.map(({ step, mediaId, segmentIndex, status }) => ({ step, mediaId, segmentIndex, status }))).toEqual([
      { step: 'INIT', mediaId: id, segmentIndex: undefined, status: 202 },
      { step: 'APPEND', mediaId: id, segmentIndex: 1, status: 204 },
      { step: 'APPEND', mediaId: id, segmentIndex: 0, status: 204 },
      { step: 'FINALIZE', mediaId: id, segmentIndex: undefined, status: 201 },
    ])
  })

  it('returns to the creation options on reset', async () => {
    mock.configure({ offline: true })
    mock.reset()
    expect(mock.scenario.offline).toBeUndefined()
    expect((await v1Status('1')).status).toBe(400)
  })
})
