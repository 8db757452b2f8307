import type { UploadTask } from '@tweet-media/core'
import { useEffect, useRef } from 'react'

/** How often uploaded media is checked against its expiry while the page is open. */
export const EXPIRY_CHECK_INTERVAL_MS = 15_000

/**
 * Keeps `success` tasks honest about expiry: asks each task (`task.checkExpiry()`, with
 * core's safety margin) right after it succeeds, every {@link EXPIRY_CHECK_INTERVAL_MS}
 * and when the page becomes visible again (a laptop waking up). A task that expires
 * after having been usable is handed to `onExpired` (to re-upload it); one that arrives
 * already expired is only flagged, so a short-lived id cannot loop.
 */
export function useExpiryWatch(tasks: readonly UploadTask[], onExpired: (task: UploadTask) => void): void {
  const latest = useRef({ tasks, onExpired })
  latest.current = { tasks, onExpired }
  const usable = useRef(new WeakSet<UploadTask>())
  const succeeded = tasks.filter((task) => task.getSnapshot().status === 'success')
  const watchKey = succeeded.map((task) => `${task.id}:${task.getSnapshot().media?.mediaId}`).join(',')

  useEffect(() => {
    if (watchKey === '') return
    const check = (): void => {
      for (const task of latest.current.tasks) {
        if (task.getSnapshot().status !== 'success') continue
        if (task.checkExpiry() === 'success') {
          usable.current.add(task)
        } else if (usable.current.delete(task)) {
          latest.current.onExpired(task)
        }
      }
    }
    check()
    const timer = setInterval(check, EXPIRY_CHECK_INTERVAL_MS)
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') check()
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [watchKey])
}
