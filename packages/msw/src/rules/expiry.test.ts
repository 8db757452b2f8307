import { describe, expect, it } from 'vitest'
import { createManualClock, scenarios } from '../index'
import { TRANSPORTS, serveOver } from '../../test/http-harness'
import { bytesOf } from '../../test/media-fixtures'

const clock = createManualClock()

describe.each(TRANSPORTS)('over %s', (transport) => {
  const x = serveOver(transport, { clock, ...scenarios.shortExpiry })

  describe('expiry', () => {
    it('reports expires_after_secs from the scenario and counts it down on the store clock', async () => {
      const init = await x.v1.init({ total_bytes: '2', media_type: 'image/png' })
      const { media_id_string: id, expires_after_secs } = (await init.json()) as { media_id_string: string; expires_after_secs: number }
      expect(expires_after_secs).toBe(30)
      clock.advance(10_000)
      await x.v1.append(id, 0, bytesOf(2))
      const finalize = (await (await x.v1.finalize(id)).json()) as { expires_after_secs: number }
      // FINALIZE issues a fresh lifetime.
      expect(finalize.expires_after_secs).toBe(30)
      clock.advance(5_000)
      expect(((await (await x.v1.status(id)).json()) as { expires_after_secs: number }).expires_after_secs).toBe(25)
    })

    it('answers 400 for an expired id in both dialects', async () => {
      const v1 = await x.v1.initId({ total_bytes: '2', media_type: 'image/png' })
      const v2 = await x.v2.initializeId({ total_bytes: 2, media_type: 'image/png' })
      clock.advance(30_000)
      const append = await x.v1.append(v1, 0, bytesOf(2))
      expect(append.status).toBe(400)
      expect(await append.json()).toEqual({ errors: [{ code: 324, message: `Media id ${v1} has expired.` }] })
      const v2Append = await x.v2.appendJson(v2, 0, bytesOf(2))
      expect(v2Append.status).toBe(400)
      expect(await v2Append.json()).toMatchObject({ errors: [{ message: `Media id ${v2} has expired.` }] })
    })

    it('takes a new expiry live for ids issued afterwards', async () => {
      x.mock.configure({ expiresAfterSecs: 3599 })
      const init = await x.v1.init({ total_bytes: '2', media_type: 'image/png' })
      expect(await init.json()).toMatchObject({ expires_after_secs: 3599 })
    })
  })
})
