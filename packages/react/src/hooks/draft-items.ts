import type { DraftItemProgress, DraftItemState } from '@tweet-media/core'
import type { UploadListState } from './upload-list'

/** What a draft stores of each item of the list, in order. `keyOf` gives each task its draft key. */
export function toDraftItems(state: UploadListState, keyOf: (taskId: string) => string): DraftItemState[] {
  return state.map(({ entry, snapshot, draft }) => {
    const { file } = entry
    // Uploaded media makes the resume state moot; expired media is uploaded again from the file.
    const media = snapshot.status === 'expired' ? undefined : snapshot.media
    return {
      key: keyOf(entry.task.id),
      name: file.name,
      type: file.type,
      size: file.size,
      lastModified: file.lastModified,
      altText: snapshot.altText,
      // Typed and not saved yet: it comes back into the field, still unsaved, after a reload.
      ...(draft === undefined || draft === snapshot.altText ? {} : { altTextDraft: draft }),
      ...(media ? { media } : snapshot.resumeState ? { resumeState: snapshot.resumeState } : {}),
    }
  })
}

/** How each item's upload goes, for a tab that waits for this draft. */
export function toDraftProgress(state: UploadListState, keyOf: (taskId: string) => string): DraftItemProgress[] {
  return state.map(({ entry, snapshot }) => ({
    key: keyOf(entry.task.id),
    name: entry.file.name,
    status: snapshot.status,
    fraction: snapshot.progress.fraction,
  }))
}

/** A new draft key: unique across tabs and reloads. */
export function newDraftKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}
