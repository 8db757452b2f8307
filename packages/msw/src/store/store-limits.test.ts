import { describe, expect, it } from 'vitest'
import { createManualClock } from '../index'
import { TRANSPORTS, serveOver } from '../../test/http-harness'
import { bytesOf } from '../../test/media-fixtures'

const clock = createManualClock()

describe.each(TRANSPORTS)('a bounded store over %s', (transport) => {
  const x = serveOver(transport, { clock, seed: 2, expiresAfterSecs: 60, store: { maxMedia: 3, maxBytes: 10_000, maxLoggedRequests: 20 } })

  const image = async (size: number): Promise<string> => {
    const id = await x.v1.initId({ total_bytes: String(size), media_type: 'image/png' })
    expect((await x.v1.append(id, 0, bytesOf(size))).status).toBe(204)
    return id
  }

  it('evicts the least recently used media past maxMedia', async () => {
    const [a, b, c] = [await image(10), await image(10), await image(10)]
    // Using `a` makes `b` the least recently used.
    expect((await x.v1.finalize(a!)).status).toBe(201)
    const d = await image(10)
    expect(x.mock.store.list().map((m) => m.id)).toEqual([c, a, d])
    expect(x.mock.store.get(b!)).toBeUndefined()
    const gone = await x.v1.finalize(b!)
    expect(await gone.json()).toEqual({ errors: [{ code: 324, message: `Invalid media id ${b}` }] })
  })

  it('evicts past maxBytes, counting segments before FINALIZE, but never the upload in use', async () => {
    const first = await image(4000)
    const second = await image(4000)
    expect(x.mock.store.byteSize).toBe(8000)
    const third = await image(4000)
    expect(x.mock.store.list().map((m) => m.id)).toEqual([second, third])
    expect(x.mock.store.get(first)).toBeUndefined()
    const large = await image(12_000)
    expect(x.mock.store.list().map((m) => m.id)).toEqual([large])
    expect((await x.v1.finalize(large)).status).toBe(201)
    expect(x.mock.store.byteSize).toBe(12_000)
  })

  it('evicts expired media when new media arrive, and still answers them as expired to their owner', async () => {
    const old = await image(10)
    clock.advance(60_000)
    const fresh = await image(10)
    expect(x.mock.store.list().map((m) => m.id)).toEqual([fresh])
    const late = await x.v1.finalize(old)
    expect(await late.json()).toEqual({ errors: [{ code: 324, message: `Media id ${old} has expired.` }] })
    const stranger = await x.v1.finalize(old, { authorization: 'Bearer someone-else' })
    expect(await stranger.json()).toEqual({ errors: [{ code: 324, message: `Invalid media id ${old}` }] })
  })

  it('keeps the newest maxLoggedRequests requests, numbered since the reset', async () => {
    for (let i = 0; i < 30; i++) await x.v1.status('1')
    const log = x.mock.store.requests
    expect(log.length).toBeGreaterThanOrEqual(20)
    expect(log.length).toBeLessThanOrEqual(22)
    expect(log.at(-1)?.seq).toBe(30)
    expect(log.map((entry) => entry.seq)).toEqual(Array.from({ length: log.length }, (_, i) => 31 - log.length + i))
  })
})
