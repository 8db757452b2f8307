import { getResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createMediaMock } from '../index'
import { USER_AUTH, urlencoded } from '../../test/v1-client'

const mock = createMediaMock({ baseUrl: ['http://localhost:4010/api/x'], xHosts: false })
const server = setupServer(...mock.handlers)
beforeAll(() => server.listen({ onUnhandledFrame: 'bypass' }))
afterAll(() => server.close())

const init = urlencoded({ command: 'INIT', total_bytes: '1', media_type: 'image/png' })

it('serves both dialects under a custom base', async () => {
  const v1 = await fetch('http://localhost:4010/api/x/1.1/media/upload.json', { method: 'POST', body: init, headers: USER_AUTH })
  expect(v1.status).toBe(202)
  const v2 = await fetch('http://localhost:4010/api/x/2/media/upload/initialize', {
    method: 'POST',
    body: JSON.stringify({ media_type: 'image/png', total_bytes: 1 }),
    headers: { ...USER_AUTH, 'content-type': 'application/json' },
  })
  expect(v2.status).toBe(200)
  expect(mock.store.list()).toHaveLength(2)
})

it("leaves X's hosts alone when xHosts is false", async () => {
  const request = new Request('https://upload.twitter.com/1.1/media/upload.json', { method: 'POST', body: init, headers: USER_AUTH })
  expect(await getResponse(mock.handlers, request)).toBeUndefined()
  expect(mock.store.requests).toHaveLength(2)
})

it('answers upload.twitter.com by default', async () => {
  const defaults = createMediaMock()
  server.use(...defaults.handlers)
  const response = await fetch('https://upload.twitter.com/1.1/media/upload.json', { method: 'POST', body: init, headers: USER_AUTH })
  expect(response.status).toBe(202)
  server.resetHandlers()
})

it('requires Authorization on a custom base by default, as X does', async () => {
  const response = await fetch('http://localhost:4010/api/x/2/media/upload/initialize', {
    method: 'POST',
    body: JSON.stringify({ media_type: 'image/png', total_bytes: 1 }),
    headers: { 'content-type': 'application/json' },
  })
  expect(response.status).toBe(401)
})

it("keeps requiring Authorization on X's hosts when the proxy base is auth: 'optional'", async () => {
  const proxied = createMediaMock({ baseUrl: '/api/x', auth: 'optional' })
  server.use(...proxied.handlers)
  const onX = await fetch('https://upload.x.com/1.1/media/upload.json', { method: 'POST', body: init })
  expect(onX.status).toBe(400)
  expect(await onX.json()).toEqual({ errors: [{ code: 215, message: 'Bad Authentication data.' }] })
  const onProxy = await fetch('http://localhost:5173/api/x/1.1/media/upload.json', { method: 'POST', body: init })
  expect(onProxy.status).toBe(202)
  server.resetHandlers()
})
