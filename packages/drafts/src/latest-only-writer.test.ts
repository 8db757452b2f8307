import { describe, expect, it } from 'vitest'
import { latestOnlyWriter } from './latest-only-writer'

describe('latestOnlyWriter', () => {
  it('writes the first value, then only the newest of those that waited, and settles every call', async () => {
    const written: number[] = []
    let finishFirst = (): void => {}
    const firstWrite = new Promise<void>((resolve) => {
      finishFirst = resolve
    })
    const write = latestOnlyWriter(async (value: number) => {
      written.push(value)
      if (value === 1) await firstWrite
      return `wrote ${value}`
    })

    const calls = [1, 2, 3, 4, 5].map((value) => write(value))
    finishFirst()

    expect(await Promise.all(calls)).toEqual(['wrote 1', 'wrote 5', 'wrote 5', 'wrote 5', 'wrote 5'])
    expect(written).toEqual([1, 5])
    expect(await write(6)).toBe('wrote 6')
    expect(written).toEqual([1, 5, 6])
  })
})
