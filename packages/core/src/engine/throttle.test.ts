import { describe, expect, it } from 'vitest'
import { throttle } from './throttle'

function throttledOnClock(intervalMs: number) {
  let time = 1_000
  const delivered: Array<[time: number, value: number]> = []
  const throttled = throttle<number>((value) => delivered.push([time, value]), intervalMs, () => time)
  return { throttled, delivered, advance: (ms: number) => void (time += ms) }
}

describe('throttle', () => {
  it('delivers the first value at once and holds the next ones until the interval has passed', () => {
    const { throttled, delivered, advance } = throttledOnClock(100)

    throttled.push(1)
    advance(40)
    throttled.push(2)
    advance(40)
    throttled.push(3)
    advance(20)
    throttled.push(4)

    expect(delivered).toEqual([
      [1_000, 1],
      [1_100, 4],
    ])
  })

  it('delivers the latest held value on flush, once, and nothing when none is held', () => {
    const { throttled, delivered, advance } = throttledOnClock(100)

    throttled.push(1)
    throttled.push(2)
    throttled.push(3)
    throttled.flush()
    throttled.flush()
    advance(10)
    throttled.push(4)

    expect(delivered).toEqual([
      [1_000, 1],
      [1_000, 3],
    ])
  })

  it('counts the interval from the last delivery, flushes included', () => {
    const { throttled, delivered, advance } = throttledOnClock(100)

    throttled.push(1)
    advance(90)
    throttled.push(2)
    throttled.flush()
    advance(50)
    throttled.push(3)
    advance(50)
    throttled.push(4)

    expect(delivered.map(([, value]) => value)).toEqual([1, 2, 4])
  })

  it('delivers every value when the interval is 0', () => {
    const { throttled, delivered } = throttledOnClock(0)

    for (const value of [1, 2, 3]) throttled.push(value)

    expect(delivered.map(([, value]) => value)).toEqual([1, 2, 3])
  })
})
