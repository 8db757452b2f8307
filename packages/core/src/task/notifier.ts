/**
 * Listeners notified once per microtask however many changes happened in it (TanStack
 * Query's notifyManager, in spirit): a burst of state changes renders once.
 */
export class BatchedNotifier {
  private readonly listeners = new Set<() => void>()
  private scheduled = false

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /** Schedules one notification of every listener for the end of the current task. */
  notify(): void {
    if (this.scheduled) return
    this.scheduled = true
    queueMicrotask(() => {
      this.scheduled = false
      for (const listener of [...this.listeners]) listener()
    })
  }

  clear(): void {
    this.listeners.clear()
  }
}
