import { describe, expect, it } from 'vitest'
import { resolveEndpoint } from '../endpoints'
import { buildStatus } from './build-status'

describe('buildStatus', () => {
  it('builds a v1.1 STATUS GET with a query string', () => {
    expect(buildStatus(resolveEndpoint({ dialect: 'v1.1' }), { mediaId: '710511363345354753' })).toEqual({
      method: 'GET',
      url: 'https://upload.twitter.com/1.1/media/upload.json?command=STATUS&media_id=710511363345354753',
      headers: {},
    })
  })

  it('builds a v2 STATUS GET on the upload path', () => {
    expect(buildStatus(resolveEndpoint({ baseUrl: 'https://proxy.example/x' }), { mediaId: '1880028106020515840' })).toEqual({
      method: 'GET',
      url: 'https://proxy.example/x/2/media/upload?command=STATUS&media_id=1880028106020515840',
      headers: {},
    })
  })

  it('refuses an id longer than 64 bits can be', () => {
    expect(() => buildStatus(resolveEndpoint(), { mediaId: '12345678901234567890' })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    )
  })
})
