import { describe, expect, it } from 'vitest'
import { TRANSPORTS, serveOver } from '../../test/http-harness'
import { bytesOf } from '../../test/media-fixtures'

describe.each(TRANSPORTS)('over %s', (transport) => {
  const x = serveOver(transport)

  async function uploaded(mediaType: string, category?: string): Promise<string> {
    const id = await x.v1.initId({ total_bytes: '2', media_type: mediaType, ...(category ? { media_category: category } : {}) })
    await x.v1.append(id, 0, bytesOf(2))
    await x.v1.finalize(id)
    return id
  }

  // 1,000 code points that are 2,000 UTF-16 units: X's limit counted safely.
  const THOUSAND_EMOJI = '🐱'.repeat(1000)

  describe('alt text', () => {
    it('stores up to 1,000 characters through v1.1 (200, empty body)', async () => {
      const id = await uploaded('image/png')
      const response = await x.v1.altText(id, THOUSAND_EMOJI)
      expect(response.status).toBe(200)
      expect(await response.text()).toBe('')
      expect(x.mock.store.get(id)?.altText).toBe(THOUSAND_EMOJI)
    })

    it('answers v2 with the associated metadata', async () => {
      const id = await uploaded('image/gif', 'tweet_gif')
      const response = await x.v2.altText(id, 'dancing cat')
      expect(await response.json()).toEqual({ data: { id, associated_metadata: { alt_text: { text: 'dancing cat' } } } })
    })

    it('refuses 1,001 characters and keeps the previous text', async () => {
      const id = await uploaded('image/png')
      await x.v1.altText(id, 'first')
      const v1 = await x.v1.altText(id, 'a'.repeat(1001))
      expect(v1.status).toBe(400)
      expect(await v1.json()).toEqual({ errors: [{ code: 44, message: 'alt_text.text must be at most 1000 characters.' }] })
      const v2 = await x.v2.altText(id, 'a'.repeat(1001))
      expect(v2.status).toBe(400)
      expect(await v2.json()).toMatchObject({ errors: [{ parameters: { 'alt_text.text': ['1001'] } }] })
      expect(x.mock.store.get(id)?.altText).toBe('first')
    })

    it('refuses media that does not exist', async () => {
      const v1 = await x.v1.altText('1000000000000000001', 'text')
      expect(v1.status).toBe(400)
      expect(await v1.json()).toEqual({ errors: [{ code: 324, message: 'Invalid media id 1000000000000000001' }] })
      expect((await x.v2.altText('1000000000000000001', 'text')).status).toBe(400)
    })

    it('refuses video, which takes no alt text', async () => {
      const id = await uploaded('video/mp4')
      const response = await x.v1.altText(id, 'a video')
      expect(response.status).toBe(400)
    })
  })
})
