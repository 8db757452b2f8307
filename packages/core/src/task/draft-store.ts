import type { UploadedMedia } from '../types'
import type { ResumeState, UploadStatus } from './types'

/** What a draft keeps of one composer item, besides the file itself: plain JSON. */
export interface DraftItemState {
  /** Stable key of the item within its draft. */
  key: string
  name: string
  type: string
  size: number
  lastModified: number
  /** The alt text as typed last, stored at X or not. */
  altText: string
  /**
   * Text in the alt text field that the user has not saved yet (React's `item.altTextDraft`):
   * it comes back into the field after a reload, still unsaved. Absent when the field shows `altText`.
   */
  altTextDraft?: string
  /** The media id (with its expiry) once uploaded. */
  media?: UploadedMedia
  /** Where an interrupted chunked upload stands. */
  resumeState?: ResumeState
}

/** An item read back from a draft, with its file. */
export interface RestoredDraftItem extends DraftItemState {
  file: File
}

/** Where a draft's data lives: the full draft, its metadata only, or nothing past the page. */
export type DraftStorage = 'indexeddb' | 'local-storage' | 'memory'

/** A draft as read back: the items with their files, in order, and those whose file was not kept. */
export interface DraftContents {
  items: RestoredDraftItem[]
  /** Metadata kept, file not (storage refused it): the user picks these files again. */
  filesToPickAgain: DraftItemState[]
}

/** How far another tab's upload of a shared draft got, for the tab that waits. */
export interface DraftItemProgress {
  key: string
  name: string
  status: UploadStatus
  /** 0..1 over the bytes. */
  fraction: number
}

/**
 * Persistence of a composer's media across reloads, crashes and closed tabs (implemented
 * by `@tweet-media/drafts`). One tab at a time holds a draft; the others wait and may watch
 * its progress. Methods never reject: a refusing storage shows in `storage` and in the
 * results, and the composer goes on in memory.
 */
export interface DraftStore {
  /** The draft's name: one per composer. */
  readonly name: string
  /** Where the last write went. */
  readonly storage: DraftStorage
  /**
   * Resolves with a release function once this tab holds the draft; `onWaiting` is called
   * first when another tab holds it (the promise then resolves when that tab lets go).
   */
  acquire(onWaiting?: () => void): Promise<() => void>
  /** The stored draft; an empty one when none is stored or it is older than the store's maximum age. */
  load(): Promise<DraftContents>
  /** Keeps an item's file; `false` when storage refused it (the user must pick it again after a reload). */
  saveFile(key: string, file: Blob): Promise<boolean>
  /** Replaces the items' metadata and order; files of keys no longer listed are dropped. Writes are coalesced. */
  saveItems(items: readonly DraftItemState[]): Promise<DraftStorage>
  /** Drops the whole draft (the post was sent, or discarded). */
  clear(): Promise<void>
  /** Tells other tabs waiting for this draft how its uploads go. */
  shareProgress(items: readonly DraftItemProgress[]): void
  /** Listens to the progress another tab shares; returns the unsubscribe function. */
  watchProgress(listener: (items: readonly DraftItemProgress[]) => void): () => void
}
