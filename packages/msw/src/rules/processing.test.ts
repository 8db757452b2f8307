import { describe, expect, it } from 'vitest'
import { createManualClock, createMediaMock, DEFAULT_PROCESSING_ERROR } from '../index'
import { bytesOf, v1Append, v1Finalize, v1InitId, v1Status } from '../test-support/v1-client'
import { serveDuringTests } from '../test-support/serve-during-tests'

const clock = createManualClock()
const mock = createMediaMock({ clock, processing: { rounds: 2, checkAfterSecs: 3 } })
serveDuringTests(mock)

async function finalizedVideo(category = 'tweet_video'): Promise<{ id: string; finalize: Record<string, unknown> }> {
  const id = await v1InitId({ total_bytes: '8', media_type: 'video/mp4', media_category: category })
  await v1Append(id, 0, bytesOf(8))
  const finalize = (await (await v1Finalize(id)).json()) as Record<string, unknown>
  return { id, finalize }
}

const processingOf = async (id: string): Promise<unknown> =>
  ((await (await v1Status(id)).json()) as { processing_info?: unknown }).processing_info

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
    expect(mock.store.statusCallTimes(id)).toEqual([start + 2999, start + 3000, start + 3000])
  })

  it('ends in failed with the error the scenario asks for', async () => {
    mock.configure({ processing: { rounds: 0, fail: true } })
    const { id } = await finalizedVideo()
    clock.advance(3000)
    expect(await processingOf(id)).toEqual({ state: 'failed', progress_percent: 100, error: DEFAULT_PROCESSING_ERROR })
    expect(mock.store.get(id)?.processing?.state).toBe('failed')
  })

  it('processes GIFs with a category, but not video without one nor images', async () => {
    const gif = await v1InitId({ total_bytes: '2', media_type: 'image/gif', media_category: 'tweet_gif' })
    await v1Append(gif, 0, bytesOf(2))
    expect(await (await v1Finalize(gif)).json()).toHaveProperty('processing_info')

    const uncategorised = await v1InitId({ total_bytes: '2', media_type: 'video/mp4' })
    await v1Append(uncategorised, 0, bytesOf(2))
    expect(await (await v1Finalize(uncategorised)).json()).not.toHaveProperty('processing_info')
  })
})
