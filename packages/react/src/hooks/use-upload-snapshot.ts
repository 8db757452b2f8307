import type { UploadSnapshot, UploadTask } from '@tweet-media/core'
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { frameBatchedSubscribe } from './frame-batched-subscribe'
import { isUrgentChange } from './snapshot-changes'

const noSubscription = (): (() => void) => () => {}

/**
 * The current snapshot of an upload task, re-rendering at most once per animation frame
 * for progress and at once for a new status. `undefined` without a task.
 */
export function useUploadSnapshot(task: UploadTask | undefined): UploadSnapshot | undefined {
  const subscribe = useMemo(
    () => (task === undefined ? noSubscription : frameBatchedSubscribe(task, isUrgentChange)),
    [task],
  )
  const getSnapshot = useCallback(() => task?.getSnapshot(), [task])
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}
