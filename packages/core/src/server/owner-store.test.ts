import { describe, expect, it } from 'vitest'
import { createMemoryOwnerStore } from './owner-store'

describe('createMemoryOwnerStore', () => {
  it('keeps a binding for its time to live, then forgets it', () => {
    let now = 1_000_000
    const store = createMemoryOwnerStore({ now: () => now })
    store.set('1', 'user-a', 60)

    now += 59_999
    expect(store.get('1')).toBe('user-a')
    now += 1
    expect(store.get('1')).toBeUndefined()
  })

  it('stays within its size: expired bindings go first, then the oldest', () => {
    let now = 0
    const store = createMemoryOwnerStore({ maxEntries: 3, now: () => now })
    store.set('short', 'a', 1)
    store.set('old', 'a', 100)
    store.set('newer', 'b', 100)
    now = 2_000
    store.set('fourth', 'b', 100)
    expect(store.get('short')).toBeUndefined()
    expect(store.get('old')).toBe('a')

    store.set('fifth', 'c', 100)
    expect(store.get('old')).toBeUndefined()
    expect([store.get('newer'), store.get('fourth'), store.get('fifth')]).toEqual(['b', 'b', 'c'])
  })

  it('moves a refreshed binding to the back of the queue', () => {
    const store = createMemoryOwnerStore({ maxEntries: 2, now: () => 0 })
    store.set('1', 'a', 100)
    store.set('2', 'a', 100)
    store.set('1', 'a', 100)
    store.set('3', 'a', 100)
    expect([store.get('1'), store.get('2'), store.get('3')]).toEqual(['a', undefined, 'a'])
  })
})
