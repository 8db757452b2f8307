import type { DraftItemState, DraftStore } from '@tweet-media/core'

/** A draft store that also tells what its last save stored: a test reloads only once a save landed. */
export interface ObservedDraftStore {
  draft: DraftStore
  subscribe(listener: () => void): () => void
  getSaved(): readonly DraftItemState[]
}

/** Wraps `draft`: every method as it is, `saveItems` noted once it resolves. */
export function observeSaves(draft: DraftStore): ObservedDraftStore {
  let saved: readonly DraftItemState[] = []
  const listeners = new Set<() => void>()
  const observed: DraftStore = Object.assign(Object.create(draft) as DraftStore, {
    async saveItems(items: readonly DraftItemState[]) {
      const storage = await draft.saveItems(items)
      saved = items
      for (const listener of [...listeners]) listener()
      return storage
    },
  })
  return {
    draft: observed,
    subscribe: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    getSaved: () => saved,
  }
}
