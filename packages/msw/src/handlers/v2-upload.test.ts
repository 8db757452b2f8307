import { describe, expect, it } from 'vitest'
import { createManualClock, MB } from '../index'
import { LARGE_BODY_TIMEOUT_MS, TRANSPORTS, serveOver } from '../../test/http-harness'
import { TINY_PNG, bytesOf, sha256 } from '../../test/media-fixtures'
import { USER_AUTH } from '../../test/v1-client'

describe.each(TRANSPORTS)('over %s', (transport) => {
  const x = serveOver(transport, { seed: 3, clock: createManualClock() })

  const INVALID_REQUEST = {
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
    type: 'https://api.x.com/2/problems/invalid-request',
  }

  describe('v2 chunked upload', () => {
    it('answers initialize, append and finalize in the data envelope and assembles the bytes', async () => {
      const file = bytesOf(3000)
      const init = await x.v2.initialize({ media_type: 'video/mp4', total_bytes: 3000, media_category: 'amplify_video' })
      expect(init.status).toBe(200)
      const { data } = (await init.json()) as { data: { id: string; media_key: string; expires_after_secs: number } }
      expect(data.id).toMatch(/^\d{19}$/)
      expect(data.media_key).toBe(`13_${data.id}`)

      const json = await x.v2.appendJson(data.id, 1, file.subarray(1500))
      const multipart = await x.v2.appendMultipart(data.id, 0, file.subarray(0, 1500))
      for (const append of [json, multipart]) {
        expect(append.status).toBe(200)
        const body = (await append.json()) as { data: { expires_at: number } }
        expect(body.data.expires_at).toBe(Math.floor((x.mock.store.get(data.id)?.expiresAt ?? 0) / 1000))
      }

      const finalize = await x.v2.finalize(data.id)
      expect(finalize.status).toBe(200)
      expect(await finalize.json()).toEqual({
        data: {
          id: data.id,
          media_key: data.media_key,
          size: 3000,
          expires_after_secs: 86_400,
          video: { video_type: 'video/mp4' },
          processing_info: { state: 'pending', check_after_secs: 1 },
        },
      })
      expect(x.mock.store.get(data.id)?.sha256).toBe(await sha256(file))
    })

    it('reads a multipart body whose boundary is mixed case, as browsers send it', async () => {
      const init = await x.v2.initialize({ media_type: 'video/mp4', total_bytes: 4, media_category: 'amplify_video' })
      const { data } = (await init.json()) as { data: { id: string } }
      const boundary = '----WebKitFormBoundaryQx7ZbT2mKp9LwVaE'
      const body = [
        `--${boundary}\r\nContent-Disposition: form-data; name="segment_index"\r\n\r\n0\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="blob"\r\n`,
        `Content-Type: application/octet-stream\r\n\r\nWXYZ\r\n--${boundary}--\r\n`,
      ].join('')
      const append = await fetch(`${x.v2.base}/media/upload/${data.id}/append`, {
        method: 'POST',
        body,
        headers: { ...USER_AUTH, 'content-type': `multipart/form-data; boundary=${boundary}` },
      })
      expect(append.status).toBe(200)
      expect(x.mock.store.get(data.id)?.segmentIndices).toEqual([0])
    })

    it('answers the command= form on /2/media/upload with the same rules', async () => {
      const init = new FormData()
      init.set('command', 'INIT')
      init.set('media_type', 'image/png')
      init.set('total_bytes', '4')
      const initResponse = await fetch(`${x.v2.base}/media/upload`, { method: 'POST', body: init, headers: USER_AUTH })
      const { data } = (await initResponse.json()) as { data: { id: string } }

      const append = new FormData()
      append.set('command', 'APPEND')
      append.set('media_id', data.id)
      append.set('segment_index', '0')
      append.set('media', new Blob([bytesOf(4)]))
      expect((await fetch(`${x.v2.base}/media/upload`, { method: 'POST', body: append, headers: USER_AUTH })).status).toBe(200)

      const finalize = new FormData()
      finalize.set('command', 'FINALIZE')
      finalize.set('media_id', data.id)
      const response = await fetch(`${x.v2.base}/media/upload`, { method: 'POST', body: finalize, headers: USER_AUTH })
      expect(await response.json()).toMatchObject({ data: { id: data.id, size: 4 } })
      expect(x.mock.store.get(data.id)?.bytes).toEqual(bytesOf(4))
    })

    it('answers STATUS with or without command=STATUS', async () => {
      const id = await x.v2.initializeId({ media_type: 'image/png', total_bytes: 2 })
      await x.v2.appendJson(id, 0, bytesOf(2))
      await x.v2.finalize(id)
      expect((await x.v2.status(id)).status).toBe(200)
      const bare = await fetch(`${x.v2.base}/media/upload?media_id=${id}`, { headers: USER_AUTH })
      expect(await bare.json()).toMatchObject({ data: { id, size: 2 } })
    })

    it('accepts an 8 MB append and refuses a larger one with 413', async () => {
      const id = await x.v2.initializeId({ media_type: 'video/mp4', total_bytes: 20 * MB })
      expect((await x.v2.appendMultipart(id, 0, new Uint8Array(8 * MB))).status).toBe(200)
      const response = await x.v2.appendMultipart(id, 1, new Uint8Array(8 * MB + 1))
      expect(response.status).toBe(413)
      expect(await response.json()).toMatchObject({ title: 'Payload Too Large', status: 413 })
    }, LARGE_BODY_TIMEOUT_MS)
  })

  describe('v2 rules as problem details', () => {
    it('names the missing parameter', async () => {
      const response = await x.v2.initialize({ media_type: 'video/mp4' })
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({
        ...INVALID_REQUEST,
        errors: [{ message: 'total_bytes parameter is missing.', parameters: { total_bytes: [''] } }],
      })
    })

    it('refuses total_bytes over 536,870,912 for video', async () => {
      const response = await x.v2.initialize({ media_type: 'video/mp4', total_bytes: 536_870_913, media_category: 'tweet_video' })
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ errors: [{ message: 'File size exceeds 536870912 bytes.' }] })
    })

    it('refuses a body that is not JSON', async () => {
      const response = await fetch(`${x.v2.base}/media/upload/initialize`, {
        method: 'POST',
        body: '{"media_type":',
        headers: { ...USER_AUTH, 'content-type': 'application/json' },
      })
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ ...INVALID_REQUEST, errors: [{ message: 'Request body is not valid JSON.' }] })
    })

    it.each([
      ['image/png', 'tweet_image', 5 * MB],
      ['image/gif', 'tweet_gif', 15 * MB],
      ['video/mp4', 'amplify_video', 512 * MB],
    ])('limits %s (%s) to %i bytes', async (mediaType, category, limit) => {
      const fields = { media_type: mediaType, media_category: category }
      expect((await x.v2.initialize({ ...fields, total_bytes: limit })).status).toBe(200)
      const over = await x.v2.initialize({ ...fields, total_bytes: limit + 1 })
      expect(over.status).toBe(400)
      expect(await over.json()).toEqual({
        ...INVALID_REQUEST,
        errors: [{ message: `File size exceeds ${limit} bytes.`, parameters: { total_bytes: [String(limit + 1)] } }],
      })
    })

    it("refuses another user's media id like an unknown one, at every step", async () => {
      const id = await x.v2.initializeId({ media_type: 'image/png', total_bytes: 2 })
      const otherUser = { authorization: 'Bearer user-token-b' }
      const answers = [
        await x.v2.appendJson(id, 0, bytesOf(2), otherUser),
        await x.v2.finalize(id, otherUser),
        await x.v2.status(id, otherUser),
        await x.v2.altText(id, 'not mine', otherUser),
      ]
      for (const answer of answers) {
        expect(answer.status).toBe(400)
        expect(await answer.json()).toEqual({
          ...INVALID_REQUEST,
          errors: [{ message: `Invalid media id ${id}`, parameters: { media_id: [id] } }],
        })
      }
      expect(x.mock.store.get(id)).toMatchObject({ segmentIndices: [], state: 'uploading', altText: undefined })
    })

    it('refuses segment_index 1000, a size mismatch, a second finalize and an unknown id', async () => {
      const id = await x.v2.initializeId({ media_type: 'image/png', total_bytes: 5 })
      const badIndex = await x.v2.appendJson(id, 1000, bytesOf(1))
      expect(await badIndex.json()).toMatchObject({ errors: [{ parameters: { segment_index: ['1000'] } }] })

      await x.v2.appendJson(id, 0, bytesOf(4))
      const mismatch = await x.v2.finalize(id)
      expect(mismatch.status).toBe(400)
      expect(await mismatch.json()).toMatchObject({ errors: [{ message: 'Segments do not add up to provided total file size.' }] })

      await x.v2.appendJson(id, 1, bytesOf(1))
      expect((await x.v2.finalize(id)).status).toBe(200)
      const twice = await x.v2.finalize(id)
      expect(twice.status).toBe(400)
      expect(await twice.json()).toMatchObject({ errors: [{ message: `Media id ${id} has already been finalized.` }] })

      const unknown = await x.v2.status('1111111111111111111')
      expect(unknown.status).toBe(400)
      expect(await unknown.json()).toMatchObject({ errors: [{ parameters: { media_id: ['1111111111111111111'] } }] })
    })
  })

  describe('v2 one-shot upload', () => {
    it('takes a base64 image in JSON and answers its media object', async () => {
      const response = await fetch(`${x.v2.base}/media/upload`, {
        method: 'POST',
        body: JSON.stringify({ media: btoa(String.fromCharCode(...TINY_PNG)), media_category: 'tweet_image' }),
        headers: { ...USER_AUTH, 'content-type': 'application/json' },
      })
      expect(response.status).toBe(200)
      const { data } = (await response.json()) as { data: { id: string } }
      expect(data).toMatchObject({ media_key: `3_${data.id}`, size: TINY_PNG.byteLength, image: { image_type: 'image/png', w: 1, h: 1 } })
      expect(x.mock.store.get(data.id)?.bytes).toEqual(TINY_PNG)
    })

    it('takes a raw multipart image', async () => {
      const body = new FormData()
      body.set('media', new Blob([TINY_PNG]))
      body.set('media_category', 'tweet_image')
      const response = await fetch(`${x.v2.base}/media/upload`, { method: 'POST', body, headers: USER_AUTH })
      expect(response.status).toBe(200)
    })

    it.each([
      ['media_category', { media: btoa(String.fromCharCode(...TINY_PNG)) }],
      ['media', { media_category: 'tweet_image' }],
    ])('refuses a one-shot upload without %s, both required by X', async (parameter, body) => {
      const response = await x.v2.oneShotJson(body)
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({
        ...INVALID_REQUEST,
        errors: [{ message: `${parameter} parameter is missing.`, parameters: { [parameter]: [''] } }],
      })
      expect(x.mock.store.list()).toEqual([])
    })

    it('refuses a video category on the one-shot upload', async () => {
      const response = await x.v2.oneShotJson({ media: btoa(String.fromCharCode(...TINY_PNG)), media_category: 'tweet_video' })
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ errors: [{ parameters: { media_category: ['tweet_video'] } }] })
    })

    it('refuses media that is not base64', async () => {
      const response = await fetch(`${x.v2.base}/media/upload`, {
        method: 'POST',
        body: JSON.stringify({ media: 'not base64!', media_category: 'tweet_image' }),
        headers: { ...USER_AUTH, 'content-type': 'application/json' },
      })
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ errors: [{ message: 'media parameter is invalid.' }] })
    })
  })
})
