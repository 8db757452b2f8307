import { describe, expect, it } from 'vitest'
import { resolveEndpoint } from '../endpoints'
import { buildFinalize } from './build-finalize'

describe('buildFinalize', () => {
  it('builds a v1.1 urlencoded FINALIZE', () => {
    expect(buildFinalize(resolveEndpoint({ dialect: 'v1.1' }), { mediaId: '710511363345354753' })).toEqual({
      method: 'POST',
      url: 'https://upload.twitter.com/1.1/media/upload.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'command=FINALIZE&media_id=710511363345354753',
    })
  })

  it('builds a v2 finalize on the id path with an empty JSON object body', () => {
    expect(buildFinalize(resolveEndpoint(), { mediaId: '1880028106020515840' })).toEqual({
      method: 'POST',
      url: 'https://api.x.com/2/media/upload/1880028106020515840/finalize',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
  })

  it('refuses an id that is not a digit string', () => {
    expect(() => buildFinalize(resolveEndpoint(), { mediaId: 'abc' })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    )
  })
})
