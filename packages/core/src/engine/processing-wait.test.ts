import { describe, expect, it } from 'vitest'
import type { ProcessingInfo } from '../types'
import { abortedError } from './abort'
import { waitForProcessing, type ProcessingWaitOptions } from './processing-wait'

/** A clock that only the waits move, and X's answers to successive STATUS requests. */
function processingOn(answers: Array<ProcessingInfo | undefined>, overrides: Partial<ProcessingWaitOptions> = {}) {
  let time = 0
  const waits: number[] = []
  const polledAt: number[] = []
  const options: ProcessingWaitOptions = {
    timeoutMs: 600_000,
    now: () => time,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw abortedError(signal)
      waits.push(ms)
      time += ms
    },
    poll: async () => {
      polledAt.push(time)
      if (answers.length === 0) throw new Error('asked STATUS once too often')
      return answers.shift()
    },
    ...overrides,
  }
  return { options, waits, polledAt }
}

describe('waitForProcessing', () => {
  it('waits what each answer says before asking again, whatever it changes to', async () => {
    const { options, waits, polledAt } = processingOn([
      { state: 'in_progress', checkAfterSecs: 5, progressPercent: 40 },
      { state: 'in_progress', checkAfterSecs: 1, progressPercent: 90 },
      { state: 'succeeded', progressPercent: 100 },
    ])
    const percents: Array<number | undefined> = []

    const info = await waitForProcessing(
      { state: 'pending', checkAfterSecs: 2 },
      { ...options, onProgress: (current) => percents.push(current.progressPercent) },
    )

    expect(info.state).toBe('succeeded')
    expect(waits).toEqual([2_000, 5_000, 1_000])
    expect(polledAt).toEqual([2_000, 7_000, 8_000])
    expect(percents).toEqual([undefined, 40, 90, 100])
  })

  it('fails as processing-failed as soon as X reports an error, even while still in_progress', async () => {
    const error = { code: 3, name: 'UnsupportedMedia', message: 'Unsupported media' }
    const { options } = processingOn([{ state: 'in_progress', checkAfterSecs: 1, error }])

    await expect(waitForProcessing({ state: 'pending', checkAfterSecs: 1 }, options)).rejects.toMatchObject({
      code: 'processing-failed',
      xCode: 3,
      xMessage: 'Unsupported media',
    })
  })

  it('takes a STATUS answer without processing_info as done', async () => {
    const { options } = processingOn([undefined])

    await expect(waitForProcessing({ state: 'in_progress', checkAfterSecs: 1 }, options)).resolves.toMatchObject({ state: 'succeeded' })
  })

  it('gives up as processing-timeout before a wait that would pass the limit', async () => {
    const { options, waits } = processingOn(Array.from({ length: 10 }, () => ({ state: 'in_progress', checkAfterSecs: 20 })), {
      timeoutMs: 50_000,
    })

    await expect(waitForProcessing({ state: 'pending', checkAfterSecs: 20 }, options)).rejects.toMatchObject({ code: 'processing-timeout' })
    expect(waits).toEqual([20_000, 20_000])
  })

  it('asks nothing once aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    const { options, polledAt } = processingOn([{ state: 'succeeded' }], { signal: controller.signal })

    await expect(waitForProcessing({ state: 'pending', checkAfterSecs: 1 }, options)).rejects.toMatchObject({ code: 'aborted' })
    expect(polledAt).toEqual([])
  })
})
