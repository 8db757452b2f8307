import { describe, expect, it } from 'vitest'
import { createManualClock } from '../index'
import { TRANSPORTS, serveOver } from '../../test/http-harness'
import { bytesOf } from '../../test/media-fixtures'

const clock = createManualClock(Date.UTC(2026, 0, 1))
const OTHER_USER = { authorization: 'Bearer user-token-b' }
const rateHeaders = (response: Response) => ['limit', 'remaining', 'reset'].map((name) => response.headers.get(`x-rate-limit-${name}`))

describe.each(TRANSPORTS)("X's per-user, per-endpoint windows over %s", (transport) => {
  const x = serveOver(transport, { clock, seed: 13, endpointRateLimits: { limits: { initialize: 2, append: 3 } } })

  it('limits each endpoint on its own, with x-rate-limit-* headers on every answer, until its window resets', async () => {
    const reset = String(Math.ceil((clock.now() + 900_000) / 1000))
    const first = await x.v2.initialize({ media_type: 'image/png', total_bytes: 2 })
    expect(rateHeaders(first)).toEqual(['2', '1', reset])
    const id = ((await first.json()) as { data: { id: string } }).data.id
    // A refused request counts and carries the headers too.
    const refused = await x.v2.initialize({ media_type: 'image/png' })
    expect(refused.status).toBe(400)
    expect(rateHeaders(refused)).toEqual(['2', '0', reset])
    const limited = await x.v2.initialize({ media_type: 'image/png', total_bytes: 2 })
    expect(limited.status).toBe(429)
    expect(await limited.json()).toMatchObject({ title: 'Too Many Requests', status: 429 })
    expect(rateHeaders(limited)).toEqual(['2', '0', reset])
    expect(x.mock.store.requests.at(-1)).toMatchObject({ step: 'INIT', outcome: 'rate-limited' })
    // APPEND and STATUS have windows of their own: X's 1,000 for STATUS.
    expect(rateHeaders(await x.v2.appendMultipart(id, 0, bytesOf(2)))).toEqual(['3', '2', reset])
    expect(rateHeaders(await x.v2.status(id))).toEqual(['1000', '999', reset])
    clock.advance(900_000)
    const afterReset = await x.v2.initialize({ media_type: 'image/png', total_bytes: 2 })
    expect(afterReset.status).toBe(200)
    expect(afterReset.headers.get('x-rate-limit-remaining')).toBe('1')
  })

  it('counts per user, and v1.1 commands against the same endpoints', async () => {
    const id = await x.v1.initId({ total_bytes: '4', media_type: 'video/mp4' })
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await x.v1.append(id, i, bytesOf(1))).status)
    expect(statuses).toEqual([204, 204, 204, 429])
    const limited = await x.v1.append(id, 3, bytesOf(1))
    expect(await limited.json()).toEqual({ errors: [{ code: 88, message: 'Rate limit exceeded' }] })
    const theirs = await x.v1.init({ total_bytes: '1', media_type: 'image/png' }, OTHER_USER)
    expect(theirs.status).toBe(202)
    expect(theirs.headers.get('x-rate-limit-remaining')).toBe('1')
  })

  it('takes new limits live and forgets the old windows', async () => {
    x.mock.configure({ endpointRateLimits: { limits: { status: 1 }, windowSecs: 60 } })
    expect((await x.v2.status('1')).status).toBe(400)
    expect((await x.v2.status('1')).status).toBe(429)
    x.mock.configure({ endpointRateLimits: null })
    const free = await x.v2.status('1')
    expect(free.status).toBe(400)
    expect(free.headers.get('x-rate-limit-limit')).toBeNull()
  })
})
