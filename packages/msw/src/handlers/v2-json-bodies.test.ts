import { describe, expect, it } from 'vitest'
import { TRANSPORTS, serveOver } from '../../test/http-harness'
import { bytesOf } from '../../test/media-fixtures'
import { USER_AUTH } from '../../test/v1-client'

const INVALID_REQUEST = {
  title: 'Invalid Request',
  detail: 'One or more parameters to your request was invalid.',
  type: 'https://api.x.com/2/problems/invalid-request',
}
const problem = (message: string) => ({ ...INVALID_REQUEST, errors: [{ message }] })
const NOT_AN_OBJECT = problem('Request body must be a JSON object.')
const NOT_JSON_TYPE = problem('Requests with bodies must have content-type of application/json')

describe.each(TRANSPORTS)('v2 JSON endpoints over %s', (transport) => {
  const x = serveOver(transport, { seed: 4 })

  async function uploadingVideo(): Promise<string> {
    const id = await x.v2.initializeId({ media_type: 'video/mp4', total_bytes: 2, media_category: 'tweet_video' })
    expect((await x.v2.appendMultipart(id, 0, bytesOf(2))).status).toBe(200)
    return id
  }
  const post = (path: string, init: RequestInit) => fetch(`${x.v2.base}${path}`, { method: 'POST', ...init, headers: { ...USER_AUTH, ...init.headers } })

  it('refuses finalize without a body as X does, and logs the refusal against the media id', async () => {
    const id = await uploadingVideo()
    const response = await post(`/media/upload/${id}/finalize`, {})
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(NOT_AN_OBJECT)
    expect(x.mock.store.get(id)?.state).toBe('uploading')
    expect(x.mock.store.requests.at(-1)).toMatchObject({ step: 'FINALIZE', mediaId: id, status: 400, outcome: 'rejected' })
    expect((await x.v2.finalize(id)).status).toBe(200)
  })

  it.each([
    ['no body', undefined, undefined, NOT_AN_OBJECT],
    ['an empty JSON body', '', 'application/json', NOT_AN_OBJECT],
    ['a JSON array', '[]', 'application/json', NOT_AN_OBJECT],
    ['a JSON string', '"{}"', 'application/json', NOT_AN_OBJECT],
    ['JSON null', 'null', 'application/json', NOT_AN_OBJECT],
    ['JSON sent as text/plain', '{}', 'text/plain', NOT_JSON_TYPE],
    ['a urlencoded body', 'media_type=image%2Fpng&total_bytes=2', 'application/x-www-form-urlencoded', NOT_JSON_TYPE],
  ])('refuses initialize with %s', async (_, body, contentType, expected) => {
    const response = await post('/media/upload/initialize', { body, headers: contentType ? { 'content-type': contentType } : {} })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(expected)
    expect(x.mock.store.list()).toEqual([])
  })

  it('refuses metadata sent as a form', async () => {
    const body = new FormData()
    body.set('id', '1')
    const response = await post('/media/metadata', { body })
    expect(await response.json()).toEqual(NOT_JSON_TYPE)
  })

  it('takes application/json with parameters (charset) and the multipart command= form on /2/media/upload', async () => {
    const response = await post('/media/upload/initialize', {
      body: JSON.stringify({ media_type: 'image/png', total_bytes: 2 }),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    })
    expect(response.status).toBe(200)
    const form = new FormData()
    form.set('command', 'INIT')
    form.set('media_type', 'image/png')
    form.set('total_bytes', '2')
    expect((await post('/media/upload', { body: form })).status).toBe(200)
  })

  it('accepts a body-less finalize and a text/plain initialize with strictJsonBodies: false', async () => {
    x.mock.configure({ strictJsonBodies: false })
    const id = await uploadingVideo()
    expect((await post(`/media/upload/${id}/finalize`, {})).status).toBe(200)
    const init = await post('/media/upload/initialize', { body: JSON.stringify({ media_type: 'image/png', total_bytes: 2 }), headers: { 'content-type': 'text/plain' } })
    expect(init.status).toBe(200)
  })
})
