import type { KeyValueStorage } from '@tweet-media/core'
import { parseDraftRecord, type DraftRecord } from './draft-record'

/** Where a draft's metadata goes when IndexedDB refuses: small JSON in `localStorage`, no files. */
export interface LocalStorageBackend {
  read(): DraftRecord | undefined
  /** `false` when this storage refused too. */
  write(record: DraftRecord): boolean
  remove(): void
}

/** Reaches `localStorage` only when used: reading the global itself throws where storage is blocked. */
function defaultStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

/** The draft `name`'s metadata in Web Storage (default `localStorage`). Never throws. */
export function localStorageBackend(name: string, storage?: KeyValueStorage): LocalStorageBackend {
  const key = `tweet-media:draft:${name}`
  const target = (): KeyValueStorage | undefined => storage ?? defaultStorage()
  return {
    read() {
      try {
        const raw = target()?.getItem(key)
        return raw == null ? undefined : parseDraftRecord(JSON.parse(raw))
      } catch {
        return undefined
      }
    },
    write(record) {
      try {
        const storage = target()
        if (storage === undefined) return false
        storage.setItem(key, JSON.stringify(record))
        return true
      } catch {
        return false
      }
    },
    remove() {
      try {
        target()?.removeItem(key)
      } catch {
        // Nothing stored there, or nothing can be: either way nothing to remove.
      }
    },
  }
}
