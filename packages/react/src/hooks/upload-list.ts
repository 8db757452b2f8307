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
  /** Alt text typed in the field and not handed to the task yet; `undefined` when there is none. */
  readonly draft: string | undefined
}

/** The list as React renders it: a new array on every change. */
export type UploadListState = readonly UploadListItem[]

/** An ordered set of upload tasks read as one external store (one subscription for all files). */
export interface UploadList extends ExternalStore<UploadListState> {
  add(entry: UploadEntry): void
  /** Drops the entry and disposes its task (which cancels it if it is still running). */
  remove(taskId: string): void
  /** Moves the entry to `index` (clamped to the list); the others keep their order. */
  move(taskId: string, index: number): void
  /** Keeps typed alt text of one entry (or forgets it with `undefined`) without a request. */
  setDraft(taskId: string, draft: string | undefined): void
  /** Disposes every task; the list is empty afterwards. */
  dispose(): void
}

/** Create an empty {@link UploadList}. */
export function createUploadList(): UploadList {
  let entries: readonly UploadEntry[] = []
  let state: UploadListState = []
  const drafts = new Map<string, string>()
  const listeners = new Set<() => void>()
  const unsubscribes = new Map<string, () => void>()

  const publish = (): void => {
    state = entries.map((entry) => ({ entry, snapshot: entry.task.getSnapshot(), draft: drafts.get(entry.task.id) }))
    for (const listener of [...listeners]) listener()
  }
  const detach = (entry: UploadEntry): void => {
    unsubscribes.get(entry.task.id)?.()
    unsubscribes.delete(entry.task.id)
    drafts.delete(entry.task.id)
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
    move(taskId, index) {
      const from = entries.findIndex((candidate) => candidate.task.id === taskId)
      const to = Math.min(Math.max(0, Math.trunc(index)), entries.length - 1)
      if (from === -1 || from === to) return
      const next = entries.filter((_, position) => position !== from)
      next.splice(to, 0, entries[from] as UploadEntry)
      entries = next
      publish()
    },
    setDraft(taskId, draft) {
      if (drafts.get(taskId) === draft) return
      if (draft === undefined) drafts.delete(taskId)
      else drafts.set(taskId, draft)
      publish()
    },
    dispose() {
      for (const entry of entries) detach(entry)
      entries = []
      publish()
    },
  }
}

/** True when the list changed in more than progress: entries added, removed or moved, a draft edited, or any {@link isUrgentChange}. */
export function isUrgentListChange(previous: UploadListState, next: UploadListState): boolean {
  return (
    previous.length !== next.length ||
    next.some(({ entry, snapshot, draft }, index) => {
      const before = previous[index]
      return before?.entry !== entry || before.draft !== draft || isUrgentChange(before.snapshot, snapshot)
    })
  )
}
