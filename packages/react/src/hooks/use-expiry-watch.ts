import type { UploadTask } from '@tweet-media/core'
import { useEffect, useRef, useState } from 'react'
import type { UploadRun } from './use-upload-mutation'

/**
 * The longest wait between two expiry checks while uploaded media is attached. Each check
 * is also timed for the moment the nearest media expires; this bound catches a timer a
 * sleeping laptop held back, and keeps the "expires in" countdown current.
 */
export const EXPIRY_CHECK_INTERVAL_MS = 15_000

/** How {@link useExpiryWatch} re-uploads expired media. */
export interface ExpiryWatchOptions {
  /** Runs a retry through the hook's mutation. */
  run(run: UploadRun): void
  /** Upload again, with the same file and alt text, when usable media expires. Default `true`. */
  reuploadExpired?: boolean
}

/**
 * Keeps `success` tasks honest about expiry: asks each task (`task.checkExpiry()`, on its
 * uploader's clock and safety margin) right after it succeeds, at the moment its media
 * stops being usable, at least every {@link EXPIRY_CHECK_INTERVAL_MS}, and when the page
 * becomes visible again. A task that expires after having been usable is retried with `run`
 * (unless `reuploadExpired` is `false`); one that arrives already expired is only flagged,
 * so a short-lived id cannot loop.
 *
 * Returns how many timed checks ran: a new value re-renders the caller, so a countdown
 * read from `task.timeLeftMs()` moves on.
 */
export function useExpiryWatch(tasks: readonly UploadTask[], options: ExpiryWatchOptions): number {
  const latest = useRef({ tasks, options })
  latest.current = { tasks, options }
  const usable = useRef(new WeakSet<UploadTask>())
  const [checks, setChecks] = useState(0)
  // Expired tasks count too: whoever noticed the expiry (a check here, or `getMediaIds()`
  // when posting), the next check re-uploads it.
  const watchKey = tasks
    .map((task) => task.getSnapshot())
    .filter(({ status }) => status === 'success' || status === 'expired')
    .map(({ id, status, media }) => `${id}:${status}:${media?.mediaId}`)
    .join(',')

  useEffect(() => {
    if (watchKey === '') return
    let timer: ReturnType<typeof setTimeout> | undefined
    /** Checks every task now, and sets the timer for the moment the next one expires. */
    const check = (): void => {
      clearTimeout(timer)
      let nextCheckInMs = EXPIRY_CHECK_INTERVAL_MS
      for (const task of latest.current.tasks) {
        // Moves a `success` past its expiry to `expired`; any other status stays as it is.
        const status = task.checkExpiry()
        if (status === 'success') {
          usable.current.add(task)
          nextCheckInMs = Math.min(nextCheckInMs, task.timeLeftMs())
        } else if (status === 'expired' && usable.current.delete(task)) {
          const { run, reuploadExpired = true } = latest.current.options
          if (reuploadExpired) run({ task, action: 'retry' })
        }
      }
      timer = setTimeout(checkAndRender, nextCheckInMs)
    }
    /** A timed check: the caller re-renders, so its countdown moves on. */
    const checkAndRender = (): void => {
      check()
      setChecks((count) => count + 1)
    }
    check()
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') checkAndRender()
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [watchKey])

  return checks
}
