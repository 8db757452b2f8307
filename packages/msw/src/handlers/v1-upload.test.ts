import { describe, expect, it } from 'vitest'
import { MB } from '../index'
import { LARGE_BODY_TIMEOUT_MS, TRANSPORTS, serveOver } from '../../test/http-harness'
import { TINY_PNG, bytesOf, sha256 } from '../../test/media-fixtures'
import { USER_AUTH, form, urlencoded } from '../../test/v1-client'

describe.each(TRANSPORTS)('over %s', (transport) => {
  const x = serveOver(transport, { seed: 42 })

  const OTHER_USER = { authorization: 'Bearer user-token-b' }

  describe('v1.1 chunked upload', () => {
    it('answers INIT 202, APPEND 204 empty, FINALIZE 201 and stores the bytes in segment order', async () => {
      const file = bytesOf(2500)
      const init = await x.v1.init({ total_bytes: '2500', media_type: 'video/mp4' })
      expect(init.status).toBe(202)
      const { media_id_string: id, media_key, expires_after_secs } = (await init.json()) as Record<string, unknown>
      expect(media_key).toBe(`7_${String(id)}`)
      expect(expires_after_secs).toBeGreaterThan(0)

      // Segments arrive out of order, as concurrent clients send them.
      const appends = await Promise.all([
        x.v1.append(String(id), 2, file.subarray(2000)),
        x.v1.append(String(id), 0, file.subarray(0, 1000)),
        x.v1.append(String(id), 1, file.subarray(1000, 2000)),
      ])
      for (const append of appends) {
        expect(append.status).toBe(204)
        expect(await append.text()).toBe('')
      }

      const finalize = await x.v1.finalize(String(id))
      expect(finalize.status).toBe(201)
      expect(await finalize.json()).toMatchObject({ media_id_string: id, size: 2500, video: { video_type: 'video/mp4' } })

      const stored = x.mock.store.get(String(id))
      expect(stored?.bytes).toEqual(file)
      expect(stored?.sha256).toBe(await sha256(file))
      expect(stored?.segmentIndices).toEqual([0, 1, 2])
      expect(stored).toMatchObject({ state: 'finalized', size: 2500, mediaType: 'video/mp4', kind: 'video', owner: 'user-token-a' })
    })

    it('writes media_id as a bare 19-digit integer beside media_id_string, as X does', async () => {
      const response = await x.v1.init({ total_bytes: '10', media_type: 'image/png' })
      const text = await response.text()
      const id = (JSON.parse(text) as { media_id_string: string }).media_id_string
      expect(id).toMatch(/^\d{19}$/)
      expect(BigInt(id) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true)
      expect(text).toContain(`"media_id":${id},`)
    })

    it('reads parameters from the query string as well as the body', async () => {
      const response = await x.v1.post(`${x.v1.uploadUrl}?command=INIT&total_bytes=4&media_type=image%2Fjpeg`, urlencoded({}))
      expect(response.status).toBe(202)
      const { media_id_string: id } = (await response.json()) as { media_id_string: string }
      expect(x.mock.store.get(id)).toMatchObject({ totalBytes: 4, mediaType: 'image/jpeg', kind: 'image' })
    })

    it('accepts media_data in base64 and PascalCase categories such as TweetGif', async () => {
      const id = await x.v1.initId({ total_bytes: '6', media_type: 'image/gif', media_category: 'TweetGif' })
      const append = await x.v1.post(
        x.v1.uploadUrl,
        form({ command: 'APPEND', media_id: id, segment_index: '0', media_data: btoa('GIF89a') }),
      )
      expect(append.status).toBe(204)
      expect((await x.v1.finalize(id)).status).toBe(201)
      expect(x.mock.store.get(id)).toMatchObject({ category: 'tweet_gif', kind: 'gif', mediaKey: `16_${id}` })
      expect(new TextDecoder().decode(x.mock.store.get(id)?.bytes)).toBe('GIF89a')
    })

    it('replaces a resent segment instead of counting it twice', async () => {
      const id = await x.v1.initId({ total_bytes: '4', media_type: 'image/png' })
      await x.v1.append(id, 0, bytesOf(4, 1))
      await x.v1.append(id, 0, bytesOf(4, 2))
      expect((await x.v1.finalize(id)).status).toBe(201)
      expect(x.mock.store.get(id)?.bytes).toEqual(bytesOf(4, 2))
    })

    it('answers STATUS of an image without processing_info', async () => {
      const id = await x.v1.initId({ total_bytes: '3', media_type: 'image/png', media_category: 'tweet_image' })
      await x.v1.append(id, 0, bytesOf(3))
      await x.v1.finalize(id)
      const status = await x.v1.status(id)
      expect(status.status).toBe(200)
      const body = (await status.json()) as Record<string, unknown>
      expect(body.media_id_string).toBe(id)
      expect(body).not.toHaveProperty('processing_info')
    })
  })

  describe('v1.1 rules', () => {
    it('refuses a missing parameter with code 38', async () => {
      const response = await x.v1.init({ media_type: 'image/png' })
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ errors: [{ code: 38, message: 'total_bytes parameter is missing.' }] })
    })

    it('refuses an unrecognised media type with the { request, error } shape', async () => {
      const response = await x.v1.init({ total_bytes: '10', media_type: 'application/zip' })
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ request: '/1.1/media/upload.json', error: 'media type unrecognized.' })
    })

    it.each([
      ['image/png', undefined, 5 * MB],
      ['image/gif', 'tweet_gif', 15 * MB],
      ['video/mp4', 'tweet_video', 512 * MB],
    ])('limits %s (%s) to %i bytes', async (mediaType, category, limit) => {
      const fields = { media_type: mediaType, ...(category ? { media_category: category } : {}) }
      expect((await x.v1.init({ ...fields, total_bytes: String(limit) })).status).toBe(202)
      const over = await x.v1.init({ ...fields, total_bytes: String(limit + 1) })
      expect(over.status).toBe(400)
      expect(await over.json()).toEqual({ errors: [{ code: 324, message: `File size exceeds ${limit} bytes.` }] })
    })

    it('refuses a category that contradicts the media type', async () => {
      const response = await x.v1.init({ total_bytes: '10', media_type: 'video/mp4', media_category: 'tweet_image' })
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ errors: [{ code: 44, message: 'media_category parameter is invalid.' }] })
    })

    it('accepts segment_index 0 to 999 and refuses 1000', async () => {
      const id = await x.v1.initId({ total_bytes: '2', media_type: 'image/png' })
      expect((await x.v1.append(id, 999, bytesOf(1))).status).toBe(204)
      const response = await x.v1.append(id, 1000, bytesOf(1))
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({
        request: '/1.1/media/upload.json',
        error: 'Segment index must be between 0 and 999 inclusive.',
      })
    })

    it('accepts a 5 MB segment and refuses one byte more with 413', async () => {
      const id = await x.v1.initId({ total_bytes: String(20 * MB), media_type: 'video/mp4' })
      expect((await x.v1.append(id, 0, new Uint8Array(5 * MB))).status).toBe(204)
      const response = await x.v1.append(id, 1, new Uint8Array(5 * MB + 1))
      expect(response.status).toBe(413)
      expect(x.mock.store.get(id)?.segmentIndices).toEqual([0])
    }, LARGE_BODY_TIMEOUT_MS)

    it('refuses an APPEND that is not multipart', async () => {
      const id = await x.v1.initId({ total_bytes: '4', media_type: 'image/png' })
      const response = await x.v1.post(x.v1.uploadUrl, urlencoded({ command: 'APPEND', media_id: id, segment_index: '0', media_data: btoa('abcd') }))
      expect(response.status).toBe(400)
    })

    it('refuses FINALIZE when the segments do not add up to total_bytes', async () => {
      const id = await x.v1.initId({ total_bytes: '10', media_type: 'image/png' })
      await x.v1.append(id, 0, bytesOf(9))
      const response = await x.v1.finalize(id)
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({
        errors: [{ code: 324, message: 'Segments do not add up to provided total file size.' }],
      })
      expect(x.mock.store.get(id)?.state).toBe('uploading')
    })

    it('refuses FINALIZE twice and APPEND after FINALIZE', async () => {
      const id = await x.v1.initId({ total_bytes: '2', media_type: 'image/png' })
      await x.v1.append(id, 0, bytesOf(2))
      expect((await x.v1.finalize(id)).status).toBe(201)
      const again = await x.v1.finalize(id)
      expect(again.status).toBe(400)
      expect(await again.json()).toEqual({ errors: [{ code: 324, message: `Media id ${id} has already been finalized.` }] })
      expect((await x.v1.append(id, 1, bytesOf(1))).status).toBe(400)
    })

    it('refuses an unknown media id', async () => {
      const response = await x.v1.status('1234567890123456789')
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ errors: [{ code: 324, message: 'Invalid media id 1234567890123456789' }] })
    })

    it("refuses another user's media id, unless the user is an additional owner", async () => {
      const mine = await x.v1.initId({ total_bytes: '2', media_type: 'image/png' })
      const response = await x.v1.append(mine, 0, bytesOf(2), OTHER_USER)
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ errors: [{ code: 324, message: `Invalid media id ${mine}` }] })

      const shared = await x.v1.initId({ total_bytes: '2', media_type: 'image/png', additional_owners: '12' })
      expect(x.mock.store.get(shared)?.additionalOwners).toEqual(['12'])
      const oauthUser12 = { authorization: 'OAuth oauth_consumer_key="k", oauth_token="12-abc", oauth_signature="s"' }
      expect((await x.v1.append(shared, 0, bytesOf(2), oauthUser12)).status).toBe(204)
    })

    it.each([
      ['APPEND without media', { command: 'APPEND', segment_index: '0' }, 'media'],
      ['APPEND without segment_index', { command: 'APPEND', media: 'bytes' }, 'segment_index'],
      ['FINALIZE without media_id', { command: 'FINALIZE' }, 'media_id'],
    ])('refuses %s with code 38', async (_, fields, missing) => {
      const id = await x.v1.initId({ total_bytes: '5', media_type: 'image/png' })
      const body = form({ media_id: id, ...fields })
      if (fields.command === 'FINALIZE') body.delete('media_id')
      const response = await x.v1.post(x.v1.uploadUrl, body)
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ errors: [{ code: 38, message: `${missing} parameter is missing.` }] })
      expect(x.mock.store.get(id)).toMatchObject({ segmentIndices: [], state: 'uploading' })
    })

    it('refuses STATUS without media_id with code 38', async () => {
      const response = await fetch(`${x.v1.uploadUrl}?command=STATUS`, { headers: USER_AUTH })
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ errors: [{ code: 38, message: 'media_id parameter is missing.' }] })
    })

    it('refuses an unknown command', async () => {
      const response = await x.v1.post(x.v1.uploadUrl, urlencoded({ command: 'init', media_id: '1' }))
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ request: '/1.1/media/upload.json', error: 'Invalid command: init' })
    })
  })

  describe('v1.1 simple upload', () => {
    it('answers 200 with the image type and size read from the bytes', async () => {
      const response = await x.v1.post(x.v1.uploadUrl, form({ media: new Blob([TINY_PNG]) }))
      expect(response.status).toBe(200)
      const body = (await response.json()) as { media_id_string: string }
      expect(body).toMatchObject({ size: TINY_PNG.byteLength, image: { image_type: 'image/png', w: 1, h: 1 } })
      expect(x.mock.store.get(body.media_id_string)).toMatchObject({ state: 'finalized', sha256: await sha256(TINY_PNG) })
    })

    it('takes media_data in base64', async () => {
      const response = await x.v1.post(x.v1.uploadUrl, form({ media_data: btoa(String.fromCharCode(...TINY_PNG)) }))
      expect(response.status).toBe(200)
    })

    it('sends GIFs and videos to the chunked upload', async () => {
      const gif = new TextEncoder().encode('GIF89a\x01\x00\x01\x00')
      const response = await x.v1.post(x.v1.uploadUrl, form({ media: new Blob([gif]), media_category: 'tweet_gif' }))
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ request: '/1.1/media/upload.json' })
    })

    it('refuses bytes that are not an image', async () => {
      const response = await x.v1.post(x.v1.uploadUrl, form({ media: new Blob([bytesOf(64)]) }))
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ request: '/1.1/media/upload.json', error: 'media type unrecognized.' })
    })
  })
})
