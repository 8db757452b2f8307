import { describe, expect, it } from 'vitest'
import type { ProcessingInfo } from '../types'
import { abortedError } from './abort'
import { MAX_STATUS_WAIT_MS, MIN_STATUS_WAIT_MS, statusWaitMs, waitForProcessing, type ProcessingWaitOptions } from './processing-wait'

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

  it('waits at least 1 s between questions, even when X says 0, a millionth or less', async () => {
    const answers: ProcessingInfo[] = [0, 1e-6, -3, Number.NaN].map((checkAfterSecs) => ({ state: 'in_progress', checkAfterSecs }))
    const { options, waits } = processingOn([...answers, { state: 'succeeded' }])

    await waitForProcessing({ state: 'pending', checkAfterSecs: 0 }, options)

    expect(waits).toEqual([1_000, 1_000, 1_000, 1_000, 1_000])
  })

  it('asks again after at most a minute when X names a huge wait, also without a time limit', async () => {
    const { options, waits } = processingOn([{ state: 'in_progress', checkAfterSecs: 1.8e308 }, { state: 'succeeded' }], {
      timeoutMs: Number.POSITIVE_INFINITY,
    })

    await waitForProcessing({ state: 'pending', checkAfterSecs: 86_400 }, options)

    expect(waits).toEqual([60_000, 60_000])
  })
})

describe('statusWaitMs', () => {
  it('holds check_after_secs between 1 s and 60 s and defaults to 1 s', () => {
    expect([undefined, 0, 0.5, 1, 5, 60, 61, Number.POSITIVE_INFINITY, Number.NaN].map(statusWaitMs)).toEqual([
      1_000, 1_000, 1_000, 1_000, 5_000, 60_000, 60_000, 60_000, 1_000,
    ])
    expect(MIN_STATUS_WAIT_MS).toBe(1_000)
    expect(MAX_STATUS_WAIT_MS).toBe(60_000)
  })
})
