import { describe, expect, it } from 'vitest'
import { createManualClock, DEFAULT_PROCESSING_ERROR } from '../index'
import { TRANSPORTS, serveOver } from '../../test/http-harness'
import { bytesOf } from '../../test/media-fixtures'

const clock = createManualClock()

describe.each(TRANSPORTS)('over %s', (transport) => {
  const x = serveOver(transport, { clock, processing: { rounds: 2, checkAfterSecs: 3 } })

  async function finalizedVideo(category = 'tweet_video'): Promise<{ id: string; finalize: Record<string, unknown> }> {
    const id = await x.v1.initId({ total_bytes: '8', media_type: 'video/mp4', media_category: category })
    await x.v1.append(id, 0, bytesOf(8))
    const finalize = (await (await x.v1.finalize(id)).json()) as Record<string, unknown>
    return { id, finalize }
  }

  const processingOf = async (id: string): Promise<unknown> =>
    ((await (await x.v1.status(id)).json()) as { processing_info?: unknown }).processing_info

  describe('async processing', () => {
    it('moves pending → in_progress (with progress) → succeeded, one step per check_after_secs', async () => {
      const { id, finalize } = await finalizedVideo()
      expect(finalize.processing_info).toEqual({ state: 'pending', check_after_secs: 3 })

      clock.advance(3000)
      expect(await processingOf(id)).toEqual({ state: 'in_progress', check_after_secs: 3, progress_percent: 33 })
      clock.advance(3000)
      expect(await processingOf(id)).toEqual({ state: 'in_progress', check_after_secs: 3, progress_percent: 66 })
      clock.advance(3000)
      expect(await processingOf(id)).toEqual({ state: 'succeeded', progress_percent: 100 })
    })

    it('does not advance for a client that polls before check_after_secs, and records every poll', async () => {
      const { id } = await finalizedVideo()
      const start = clock.now()
      clock.advance(2999)
      expect(await processingOf(id)).toEqual({ state: 'pending', check_after_secs: 3 })
      clock.advance(1)
      expect(await processingOf(id)).toMatchObject({ state: 'in_progress' })
      expect(await processingOf(id)).toMatchObject({ state: 'in_progress', progress_percent: 33 })
      expect(x.mock.store.statusCallTimes(id)).toEqual([start + 2999, start + 3000, start + 3000])
    })

    it('ends in failed with the error the scenario asks for', async () => {
      x.mock.configure({ processing: { rounds: 0, fail: true } })
      const { id } = await finalizedVideo()
      clock.advance(3000)
      expect(await processingOf(id)).toEqual({ state: 'failed', progress_percent: 100, error: DEFAULT_PROCESSING_ERROR })
      expect(x.mock.store.get(id)?.processing?.state).toBe('failed')
    })

    it('reports v2 processing inside the data envelope, through to failed with its error', async () => {
      x.mock.configure({ processing: { rounds: 1, fail: { code: 3, name: 'UnsupportedMedia', message: 'Unsupported video codec' } } })
      const id = await x.v2.initializeId({ media_type: 'video/mp4', total_bytes: 8, media_category: 'tweet_video' })
      await x.v2.appendMultipart(id, 0, bytesOf(8))
      const finalize = (await (await x.v2.finalize(id)).json()) as { data: Record<string, unknown> }
      expect(finalize.data.processing_info).toEqual({ state: 'pending', check_after_secs: 3 })
      clock.advance(3000)
      const inProgress = await x.v2.status(id)
      expect(inProgress.status).toBe(200)
      expect(await inProgress.json()).toEqual({
        data: {
          id,
          media_key: `7_${id}`,
          size: 8,
          expires_after_secs: 86_397,
          video: { video_type: 'video/mp4' },
          processing_info: { state: 'in_progress', check_after_secs: 3, progress_percent: 50 },
        },
      })
      clock.advance(3000)
      const failed = (await (await x.v2.status(id)).json()) as { data: Record<string, unknown> }
      expect(failed.data.processing_info).toEqual({
        state: 'failed',
        progress_percent: 100,
        error: { code: 3, name: 'UnsupportedMedia', message: 'Unsupported video codec' },
      })
    })

    it('processes GIFs with a category, but not video without one nor images', async () => {
      const gif = await x.v1.initId({ total_bytes: '2', media_type: 'image/gif', media_category: 'tweet_gif' })
      await x.v1.append(gif, 0, bytesOf(2))
      expect(await (await x.v1.finalize(gif)).json()).toHaveProperty('processing_info')

      const uncategorised = await x.v1.initId({ total_bytes: '2', media_type: 'video/mp4' })
      await x.v1.append(uncategorised, 0, bytesOf(2))
      expect(await (await x.v1.finalize(uncategorised)).json()).not.toHaveProperty('processing_info')
    })
  })
})
