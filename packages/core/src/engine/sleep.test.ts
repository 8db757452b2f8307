import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { abortableSleep } from './sleep'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('abortableSleep', () => {
  it('resolves once the time has passed, not before', async () => {
    let done = false
    const waiting = abortableSleep(1_000).then(() => (done = true))

    await vi.advanceTimersByTimeAsync(999)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await waiting
    expect(done).toBe(true)
  })

  it('rejects as aborted the moment the signal fires, and leaves no timer behind', async () => {
    const controller = new AbortController()
    const waiting = abortableSleep(600_000, controller.signal)

    controller.abort()

    await expect(waiting).rejects.toMatchObject({ code: 'aborted' })
    expect(vi.getTimerCount()).toBe(0)
  })

  it('rejects at once when the signal has already fired', async () => {
    await expect(abortableSleep(600_000, AbortSignal.abort())).rejects.toMatchObject({ code: 'aborted' })
    expect(vi.getTimerCount()).toBe(0)
  })
})
