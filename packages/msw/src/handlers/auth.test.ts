import { describe, expect, it } from 'vitest'
import { ANONYMOUS_OWNER } from '../index'
import { TRANSPORTS, serveOver } from '../../test/http-harness'
import { bytesOf } from '../../test/media-fixtures'
import { OAUTH_CREDENTIALS, oauthHeader } from '../../test/oauth1-sign'
import { form, urlencoded } from '../../test/v1-client'

describe.each(TRANSPORTS)('over %s', (transport) => {
  const x = serveOver(transport, {
    oauth1: { consumerSecret: OAUTH_CREDENTIALS.consumerSecret, tokenSecret: OAUTH_CREDENTIALS.tokenSecret },
  })

  const INIT_FIELDS: Array<[string, string]> = [
    ['command', 'INIT'],
    ['total_bytes', '4'],
    ['media_type', 'image/png'],
  ]

  describe('authentication', () => {
    it('refuses v1.1 without Authorization as X does: 400, code 215', async () => {
      const response = await fetch(x.v1.uploadUrl, { method: 'POST', body: urlencoded(Object.fromEntries(INIT_FIELDS)) })
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ errors: [{ code: 215, message: 'Bad Authentication data.' }] })
      expect(x.mock.store.list()).toEqual([])
      expect(x.mock.store.requests[0]).toMatchObject({ outcome: 'unauthorized', status: 400 })
    })

    it('refuses v2 without Authorization with a 401 "Unauthorized" problem', async () => {
      const response = await fetch(`${x.v2.base}/media/upload/initialize`, { method: 'POST', body: '{}' })
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({ title: 'Unauthorized', detail: 'Unauthorized', type: 'about:blank', status: 401 })
    })

    it('accepts an OAuth 1.0a request signed with its urlencoded body, and names the user from the token', async () => {
      const authorization = await oauthHeader('POST', x.v1.uploadUrl, INIT_FIELDS)
      const response = await fetch(x.v1.uploadUrl, { method: 'POST', body: urlencoded(Object.fromEntries(INIT_FIELDS)), headers: { authorization } })
      expect(response.status).toBe(202)
      const { media_id_string: id } = (await response.json()) as { media_id_string: string }
      expect(x.mock.store.get(id)?.owner).toBe('370773112')
    })

    it('accepts a multipart request whose signature covers only the query and oauth_* parameters', async () => {
      const init = await fetch(x.v1.uploadUrl, {
        method: 'POST',
        body: urlencoded(Object.fromEntries(INIT_FIELDS)),
        headers: { authorization: await oauthHeader('POST', x.v1.uploadUrl, INIT_FIELDS) },
      })
      const { media_id_string: id } = (await init.json()) as { media_id_string: string }
      const body = form({ command: 'APPEND', media_id: id, segment_index: '0', media: new Blob([bytesOf(4)]) })
      const append = await fetch(x.v1.uploadUrl, { method: 'POST', body, headers: { authorization: await oauthHeader('POST', x.v1.uploadUrl) } })
      expect(append.status).toBe(204)
    })

    it('refuses a signature that does not verify: 401, code 32', async () => {
      // Signed without the body parameters, sent urlencoded: X recomputes and disagrees.
      const authorization = await oauthHeader('POST', x.v1.uploadUrl)
      const response = await fetch(x.v1.uploadUrl, { method: 'POST', body: urlencoded(Object.fromEntries(INIT_FIELDS)), headers: { authorization } })
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({ errors: [{ code: 32, message: 'Could not authenticate you.' }] })
    })

    it('refuses a signature made for another URL', async () => {
      const authorization = await oauthHeader('GET', `${x.v1.uploadUrl}?command=STATUS&media_id=1`)
      const response = await fetch(`${x.v1.uploadUrl}?command=STATUS&media_id=2`, { headers: { authorization } })
      expect(response.status).toBe(401)
    })

    it('refuses a header that is neither Bearer nor OAuth', async () => {
      const response = await fetch(`${x.v2.base}/media/upload?media_id=1`, { headers: { authorization: 'Basic dXNlcjpwYXNz' } })
      expect(response.status).toBe(401)
    })
  })
})

describe.each(TRANSPORTS)("auth: 'optional' on a base standing in for the app's proxy, over %s", (transport) => {
  const x = serveOver(transport, { auth: 'optional', baseUrl: 'http://localhost:3000/api/x', seed: 9 })
  const NO_AUTH = {}

  it('runs a whole v2 chunked upload without Authorization, owned by the anonymous user', async () => {
    const file = bytesOf(3000)
    const init = await x.v2.initialize({ media_type: 'video/mp4', total_bytes: 3000, media_category: 'tweet_video' }, NO_AUTH)
    expect(init.status).toBe(200)
    const { data } = (await init.json()) as { data: { id: string } }
    expect((await x.v2.appendMultipart(data.id, 1, file.subarray(1000), NO_AUTH)).status).toBe(200)
    expect((await x.v2.appendJson(data.id, 0, file.subarray(0, 1000), NO_AUTH)).status).toBe(200)
    expect((await x.v2.finalize(data.id, NO_AUTH)).status).toBe(200)
    expect((await x.v2.status(data.id, NO_AUTH)).status).toBe(200)
    expect(x.mock.store.get(data.id)).toMatchObject({ owner: ANONYMOUS_OWNER, state: 'finalized', bytes: file })
  })

  it('answers v1.1 and alt text without Authorization', async () => {
    const id = await x.v1.initId({ total_bytes: '2', media_type: 'image/png' }, NO_AUTH)
    expect((await x.v1.append(id, 0, bytesOf(2), NO_AUTH)).status).toBe(204)
    expect((await x.v1.finalize(id, NO_AUTH)).status).toBe(201)
    expect((await x.v1.altText(id, 'via the proxy', NO_AUTH)).status).toBe(200)
    expect(x.mock.store.get(id)).toMatchObject({ owner: ANONYMOUS_OWNER, altText: 'via the proxy' })
    expect(x.mock.store.requests.every((r) => r.outcome === 'ok')).toBe(true)
  })

  it('still names the caller from an Authorization header that is sent, and keeps media apart', async () => {
    const id = await x.v1.initId({ total_bytes: '2', media_type: 'image/png' })
    expect(x.mock.store.get(id)?.owner).toBe('user-token-a')
    const anonymous = await x.v1.append(id, 0, bytesOf(2), NO_AUTH)
    expect(anonymous.status).toBe(400)
    expect(await anonymous.json()).toEqual({ errors: [{ code: 324, message: `Invalid media id ${id}` }] })
  })

  it('still rules on the request: the error body names the endpoint as X does, without the proxy prefix', async () => {
    const response = await x.v1.init({ total_bytes: '10', media_type: 'application/zip' }, NO_AUTH)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ request: '/1.1/media/upload.json', error: 'media type unrecognized.' })
  })
})
