import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getEventListeners } from 'node:events'
import { abortableSleep, MAX_TIMER_MS } from './sleep'

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

describe('abortableSleep beyond one timer', () => {
  it('waits longer than 2^31-1 ms in steps instead of overflowing into a 1 ms timer', async () => {
    let done = false
    const waiting = abortableSleep(MAX_TIMER_MS + 5_000).then(() => (done = true))

    await vi.advanceTimersByTimeAsync(1_000)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(4_000)
    await waiting
    expect(done).toBe(true)
  })

  it('waits an infinite time until aborted, then leaves no timer and no listener behind', async () => {
    const controller = new AbortController()
    let settled = false
    const waiting = abortableSleep(Number.POSITIVE_INFINITY, controller.signal).finally(() => (settled = true))

    await vi.advanceTimersByTimeAsync(3 * MAX_TIMER_MS)
    expect(settled).toBe(false)
    controller.abort()

    await expect(waiting).rejects.toMatchObject({ code: 'aborted' })
    expect(vi.getTimerCount()).toBe(0)
  })

  it('takes a negative or NaN wait as no wait', async () => {
    const waits = Promise.all([abortableSleep(-5), abortableSleep(Number.NaN)])
    await vi.advanceTimersByTimeAsync(0)
    await expect(waits).resolves.toEqual([undefined, undefined])
  })

  it('removes its abort listener once the wait is over', async () => {
    const controller = new AbortController()
    const waiting = abortableSleep(10, controller.signal)
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(10)
    await waiting
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })
})
