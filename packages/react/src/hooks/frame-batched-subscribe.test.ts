import { expect, test } from 'vitest'
import { frameBatchedSubscribe, type ExternalStore } from './frame-batched-subscribe'

function counterStore(): ExternalStore<{ status: string; count: number }> & { set(status: string, count: number): void } {
  let value = { status: 'uploading', count: 0 }
  const listeners = new Set<() => void>()
  return {
    getSnapshot: () => value,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    set(status, count) {
      value = { status, count }
      for (const listener of listeners) listener()
    },
  }
}

/** A frame scheduler the test fires by hand. */
function manualFrames() {
  const pending = new Set<() => void>()
  return {
    schedule: (callback: () => void) => {
      pending.add(callback)
      return () => pending.delete(callback)
    },
    fire() {
      const callbacks = [...pending]
      pending.clear()
      for (const callback of callbacks) callback()
    },
    get size() {
      return pending.size
    },
  }
}

const statusChanged = (a: { status: string }, b: { status: string }): boolean => a.status !== b.status

test('coalesces changes into one notification per frame', () => {
  const store = counterStore()
  const frames = manualFrames()
  let heard = 0
  frameBatchedSubscribe(store, statusChanged, frames.schedule)(() => heard++)

  for (let count = 1; count <= 20; count++) store.set('uploading', count)
  expect(heard).toBe(0)
  expect(frames.size).toBe(1)
  frames.fire()
  expect(heard).toBe(1)

  store.set('uploading', 21)
  frames.fire()
  expect(heard).toBe(2)
})

test('passes an urgent change on at once and drops the frame it makes redundant', () => {
  const store = counterStore()
  const frames = manualFrames()
  let heard = 0
  frameBatchedSubscribe(store, statusChanged, frames.schedule)(() => heard++)

  store.set('uploading', 1)
  store.set('success', 1)
  expect(heard).toBe(1)
  expect(frames.size).toBe(0)
})

test('unsubscribing cancels a pending frame', () => {
  const store = counterStore()
  const frames = manualFrames()
  let heard = 0
  const unsubscribe = frameBatchedSubscribe(store, statusChanged, frames.schedule)(() => heard++)
  store.set('uploading', 1)
  unsubscribe()
  frames.fire()
  store.set('success', 2)
  expect(heard).toBe(0)
})
