import type { MediaKind, UploadSnapshot, UploadTask } from '@tweet-media/core'
import type { ExternalStore } from './frame-batched-subscribe'
import { isUrgentChange } from './snapshot-changes'

/** One file in a composer: the local file (for its preview), its kind and its upload task. */
export interface UploadEntry {
  readonly file: File
  readonly kind: MediaKind
  readonly task: UploadTask
}

/** The list as React renders it: entries with their snapshots, index for index. */
export interface UploadListState {
  readonly entries: readonly UploadEntry[]
  readonly snapshots: readonly UploadSnapshot[]
}

/** An ordered set of upload tasks read as one external store (one subscription for all files). */
export interface UploadList extends ExternalStore<UploadListState> {
  add(entry: UploadEntry): void
  /** Drops the entry and disposes its task (which cancels it if it is still running). */
  remove(taskId: string): UploadEntry | undefined
  /** Disposes every task; the list is empty afterwards. */
  dispose(): void
}

/** Create an empty {@link UploadList}. */
export function createUploadList(): UploadList {
  let state: UploadListState = { entries: [], snapshots: [] }
  const listeners = new Set<() => void>()
  const unsubscribes = new Map<string, () => void>()

  const publish = (entries: readonly UploadEntry[]): void => {
    state = { entries, snapshots: entries.map((entry) => entry.task.getSnapshot()) }
    for (const listener of [...listeners]) listener()
  }
  const detach = (entry: UploadEntry): void => {
    unsubscribes.get(entry.task.id)?.()
    unsubscribes.delete(entry.task.id)
    entry.task.dispose()
  }

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    add(entry) {
      unsubscribes.set(
        entry.task.id,
        entry.task.subscribe(() => publish(state.entries)),
      )
      publish([...state.entries, entry])
    },
    remove(taskId) {
      const entry = state.entries.find((candidate) => candidate.task.id === taskId)
      if (entry === undefined) return undefined
      detach(entry)
      publish(state.entries.filter((candidate) => candidate !== entry))
      return entry
    },
    dispose() {
      for (const entry of state.entries) detach(entry)
      publish([])
    },
  }
}

/** True when the list changed in more than progress: entries added or removed, or any {@link isUrgentChange}. */
export function isUrgentListChange(previous: UploadListState, next: UploadListState): boolean {
  if (previous.entries !== next.entries) return true
  return next.snapshots.some((snapshot, index) => {
    const before = previous.snapshots[index]
    return before === undefined || isUrgentChange(before, snapshot)
  })
}
