import { describe, expect, it } from 'vitest'
import { createManualClock, createMediaMock, scenarios } from '../index'
import { bytesOf, v1Append, v1Finalize, v1Init, v1InitId, v1Status } from '../test-support/v1-client'
import { v2AppendJson, v2InitializeId } from '../test-support/v2-client'
import { serveDuringTests } from '../test-support/serve-during-tests'

const clock = createManualClock()
const mock = createMediaMock({ clock, ...scenarios.shortExpiry })
serveDuringTests(mock)

describe('expiry', () => {
  it('reports expires_after_secs from the scenario and counts it down on the store clock', async () => {
    const init = await v1Init({ total_bytes: '2', media_type: 'image/png' })
    const { media_id_string: id, expires_after_secs } = (await init.json()) as { media_id_string: string; expires_after_secs: number }
    expect(expires_after_secs).toBe(30)
    clock.advance(10_000)
    await v1Append(id, 0, bytesOf(2))
    const finalize = (await (await v1Finalize(id)).json()) as { expires_after_secs: number }
    // FINALIZE issues a fresh lifetime.
    expect(finalize.expires_after_secs).toBe(30)
    clock.advance(5_000)
    expect(((await (await v1Status(id)).json()) as { expires_after_secs: number }).expires_after_secs).toBe(25)
  })

  it('answers 400 for an expired id in both dialects', async () => {
    const v1 = await v1InitId({ total_bytes: '2', media_type: 'image/png' })
    const v2 = await v2InitializeId({ total_bytes: 2, media_type: 'image/png' })
    clock.advance(30_000)
    const append = await v1Append(v1, 0, bytesOf(2))
    expect(append.status).toBe(400)
    expect(await append.json()).toEqual({ errors: [{ code: 324, message: `Media id ${v1} has expired.` }] })
    const v2Append = await v2AppendJson(v2, 0, bytesOf(2))
    expect(v2Append.status).toBe(400)
    expect(await v2Append.json()).toMatchObject({ errors: [{ message: `Media id ${v2} has expired.` }] })
  })

  it('takes a new expiry live for ids issued afterwards', async () => {
    mock.configure({ expiresAfterSecs: 3599 })
    const init = await v1Init({ total_bytes: '2', media_type: 'image/png' })
    expect(await init.json()).toMatchObject({ expires_after_secs: 3599 })
  })
})
