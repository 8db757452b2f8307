import type { DraftContents, DraftItemState, DraftStorage, DraftStore, KeyValueStorage, RestoredDraftItem } from '@tweet-media/core'
import { newerRecord, type DraftRecord } from './draft-record'
import { acquireDraftLock, type DraftLockEnvironment } from './draft-lock'
import { indexedDbBackend } from './indexeddb-backend'
import { latestOnlyWriter } from './latest-only-writer'
import { localStorageBackend } from './local-storage-backend'
import { progressChannel } from './progress-channel'

/** Default of {@link DraftStoreOptions.maxAgeMs}: a week. */
export const DEFAULT_DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000

/** Options of {@link createDraftStore}. */
export interface DraftStoreOptions extends DraftLockEnvironment {
  /** A draft not saved for longer than this is dropped when loaded. Default {@link DEFAULT_DRAFT_MAX_AGE_MS}. */
  maxAgeMs?: number
  /** Clock in epoch ms, for `savedAt` and the maximum age. Default `Date.now`. */
  now?: () => number
  /** Where metadata goes when IndexedDB refuses. Default `localStorage`. */
  fallbackStorage?: KeyValueStorage
}

/**
 * A {@link DraftStore} in IndexedDB (through idb-keyval): each file as a Blob, and one
 * record with every item's name, type, alt text, media id with its expiry and resume state,
 * in order. When IndexedDB refuses (missing, private mode, quota), the metadata goes to
 * `localStorage` and the files that were not kept come back as `filesToPickAgain`.
 * Pass it to `useMediaUploads({ draft })` from `@tweet-media/react`.
 *
 * @example
 * ```ts
 * const draft = createDraftStore('composer', { maxAgeMs: 24 * 60 * 60 * 1000 })
 * ```
 */
export function createDraftStore(name: string, options: DraftStoreOptions = {}): DraftStore {
  const { maxAgeMs = DEFAULT_DRAFT_MAX_AGE_MS, now = Date.now } = options
  const idb = indexedDbBackend(name)
  const local = localStorageBackend(name, options.fallbackStorage)
  const progress = progressChannel(`tweet-media-draft:${name}`)
  let storage: DraftStorage = 'indexeddb'
  // Files stored in IndexedDB, so a save that drops an item also drops its file.
  const storedFiles = new Set<string>()

  const writeRecord = latestOnlyWriter(async (record: DraftRecord): Promise<DraftStorage> => {
    if (await idb.writeRecord(record)) {
      local.remove()
      storage = 'indexeddb'
    } else {
      storage = local.write(record) ? 'local-storage' : 'memory'
    }
    const listed = new Set(record.items.map((item) => item.key))
    const dropped = [...storedFiles].filter((key) => !listed.has(key))
    if (dropped.length > 0) {
      for (const key of dropped) storedFiles.delete(key)
      await idb.deleteFiles(dropped)
    }
    return storage
  })

  const clear = async (): Promise<void> => {
    storedFiles.clear()
    local.remove()
    await idb.clear()
  }

  return {
    name,
    get storage() {
      return storage
    },
    acquire: (onWaiting) => acquireDraftLock(`tweet-media-draft:${name}`, onWaiting, options),
    async load(): Promise<DraftContents> {
      const record = newerRecord(await idb.readRecord(), local.read())
      if (record === undefined) return { items: [], filesToPickAgain: [] }
      if (now() - record.savedAt > maxAgeMs) {
        await clear()
        return { items: [], filesToPickAgain: [] }
      }
      const files = await idb.readFiles(record.items.map((item) => item.key))
      const contents: DraftContents = { items: [], filesToPickAgain: [] }
      record.items.forEach((item, index) => {
        const file = files[index]
        if (file === undefined) {
          contents.filesToPickAgain.push(item)
          return
        }
        storedFiles.add(item.key)
        contents.items.push(restoredItem(item, file))
      })
      return contents
    },
    async saveFile(key, file) {
      const stored = await idb.writeFile(key, file)
      if (stored) storedFiles.add(key)
      return stored
    },
    saveItems: (items: readonly DraftItemState[]) => writeRecord({ version: 1, savedAt: now(), items: [...items] }),
    clear,
    shareProgress: (items) => progress.share(items),
    watchProgress: (listener) => progress.watch(listener),
  }
}

function restoredItem(item: DraftItemState, file: Blob): RestoredDraftItem {
  return { ...item, file: new File([file], item.name, { type: item.type, lastModified: item.lastModified }) }
}
