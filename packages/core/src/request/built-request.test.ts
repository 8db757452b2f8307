import { describe, expect, it } from 'vitest'
import { resolveEndpoint } from '../endpoints'
import { buildAppend } from './build-append'
import { buildInit } from './build-init'
import { toRequest } from './built-request'

describe('toRequest', () => {
  it('makes a standard Request with the method, URL, headers, body and signal', async () => {
    const controller = new AbortController()
    const built = buildInit(resolveEndpoint(), { totalBytes: 3, mediaType: 'image/png' })
    const request = toRequest(built, { signal: controller.signal })
    expect(request.method).toBe('POST')
    expect(request.url).toBe('https://api.x.com/2/media/upload/initialize')
    expect(request.headers.get('content-type')).toBe('application/json')
    expect(await request.text()).toBe(built.body)
    controller.abort()
    expect(request.signal.aborted).toBe(true)
  })

  it('lets fetch set the multipart boundary for FormData bodies', async () => {
    const built = buildAppend(resolveEndpoint(), { mediaId: '1', segmentIndex: 0, media: new Blob(['abc']) })
    const request = toRequest(built)
    expect(request.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/)
    const form = await request.formData()
    expect(await (form.get('media') as Blob).text()).toBe('abc')
  })

  it('turns an unresolvable relative URL into invalid-argument', () => {
    const built = buildInit(resolveEndpoint({ baseUrl: '/api/x' }), { totalBytes: 3, mediaType: 'image/png' })
    expect(() => toRequest(built)).toThrow(expect.objectContaining({ code: 'invalid-argument' }))
  })
})
