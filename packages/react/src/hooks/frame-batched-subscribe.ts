/** What `useSyncExternalStore` reads: a subscribe function and a snapshot getter. */
export interface ExternalStore<T> {
  subscribe(listener: () => void): () => void
  getSnapshot(): T
}

type Schedule = (callback: () => void) => () => void

/** One callback per animation frame where frames exist; immediately elsewhere (SSR, workers). */
const nextFrame: Schedule = (callback) => {
  if (typeof requestAnimationFrame !== 'function') {
    callback()
    return () => {}
  }
  const handle = requestAnimationFrame(callback)
  return () => cancelAnimationFrame(handle)
}

/**
 * Wrap `store.subscribe` so a listener hears at most one change per animation frame.
 * A change that `isUrgent` says matters (a new status) is passed on at once, so a
 * finished upload never waits for a frame in a background tab.
 * Unsubscribing cancels a pending frame: nothing fires after unmount.
 */
export function frameBatchedSubscribe<T>(
  store: ExternalStore<T>,
  isUrgent: (previous: T, next: T) => boolean,
  schedule: Schedule = nextFrame,
): (listener: () => void) => () => void {
  return (listener) => {
    let delivered = store.getSnapshot()
    let scheduled = false
    let cancelPending = (): void => {}
    const deliver = (): void => {
      scheduled = false
      delivered = store.getSnapshot()
      listener()
    }
    const unsubscribe = store.subscribe(() => {
      if (isUrgent(delivered, store.getSnapshot())) {
        cancelPending()
        deliver()
        return
      }
      if (scheduled) return
      scheduled = true
      cancelPending = schedule(deliver)
    })
    return () => {
      cancelPending()
      unsubscribe()
    }
  }
}
