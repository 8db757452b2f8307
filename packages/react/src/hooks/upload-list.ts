import type { MediaKind, UploadSnapshot, UploadTask } from '@tweet-media/core'
import type { ExternalStore } from './frame-batched-subscribe'
import { isUrgentChange } from './snapshot-changes'

/** One file in a composer: the local file (for its preview), its kind and its upload task. */
export interface UploadEntry {
  readonly file: File
  readonly kind: MediaKind
  readonly task: UploadTask
}

/** One entry with its task's snapshot as of the last change. */
export interface UploadListItem {
  readonly entry: UploadEntry
  readonly snapshot: UploadSnapshot
}

/** The list as React renders it: a new array on every change. */
export type UploadListState = readonly UploadListItem[]

/** An ordered set of upload tasks read as one external store (one subscription for all files). */
export interface UploadList extends ExternalStore<UploadListState> {
  add(entry: UploadEntry): void
  /** Drops the entry and disposes its task (which cancels it if it is still running). */
  remove(taskId: string): void
  /** Disposes every task; the list is empty afterwards. */
  dispose(): void
}

/** Create an empty {@link UploadList}. */
export function createUploadList(): UploadList {
  let entries: readonly UploadEntry[] = []
  let state: UploadListState = []
  const listeners = new Set<() => void>()
  const unsubscribes = new Map<string, () => void>()

  const publish = (): void => {
    state = entries.map((entry) => ({ entry, snapshot: entry.task.getSnapshot() }))
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
      unsubscribes.set(entry.task.id, entry.task.subscribe(publish))
      entries = [...entries, entry]
      publish()
    },
    remove(taskId) {
      const entry = entries.find((candidate) => candidate.task.id === taskId)
      if (entry === undefined) return
      detach(entry)
      entries = entries.filter((candidate) => candidate !== entry)
      publish()
    },
    dispose() {
      for (const entry of entries) detach(entry)
      entries = []
      publish()
    },
  }
}

/** True when the list changed in more than progress: entries added or removed, or any {@link isUrgentChange}. */
export function isUrgentListChange(previous: UploadListState, next: UploadListState): boolean {
  return (
    previous.length !== next.length ||
    next.some(({ entry, snapshot }, index) => {
      const before = previous[index]
      return before?.entry !== entry || isUrgentChange(before.snapshot, snapshot)
    })
  )
}
