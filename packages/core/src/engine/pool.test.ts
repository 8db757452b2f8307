import { describe, expect, it } from 'vitest'
import { runPool } from './pool'

const waitForAbort = (signal: AbortSignal): Promise<void> =>
  new Promise((_, reject) => {
    if (signal.aborted) reject(new Error('aborted by the pool'))
    signal.addEventListener('abort', () => reject(new Error('aborted by the pool')), { once: true })
  })

describe('runPool', () => {
  it('never runs more than the concurrency at once, and runs every item', async () => {
    let running = 0
    let peak = 0
    const done: number[] = []
    await runPool([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((resolve) => setTimeout(resolve, 1))
      running--
      done.push(item)
    })
    expect(peak).toBe(3)
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it('aborts the others when one fails, waits for them, and throws the first error only', async () => {
    const failure = new Error('segment 2 refused')
    const abortedItems: number[] = []
    const started: number[] = []
    const settled = runPool([1, 2, 3, 4, 5], 3, async (item, signal) => {
      started.push(item)
      if (item === 2) throw failure
      await waitForAbort(signal).catch((error: unknown) => {
        abortedItems.push(item)
        throw error
      })
    })

    await expect(settled).rejects.toBe(failure)
    expect(abortedItems.sort()).toEqual([1, 3])
    expect(started).toEqual([1, 2, 3])
  })

  it('rejects as aborted and starts nothing more once the caller aborts', async () => {
    const controller = new AbortController()
    const started: number[] = []
    const settled = runPool([1, 2, 3, 4], 2, async (item, signal) => {
      started.push(item)
      if (item === 2) controller.abort()
      await waitForAbort(signal)
    }, controller.signal)

    await expect(settled).rejects.toMatchObject({ code: 'aborted' })
    expect(started).toEqual([1, 2])
  })
})
