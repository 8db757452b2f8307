import { isRecord } from '../response/json-fields'
import type { ResumeState, ResumeStore } from '../task/types'

/** A {@link ResumeStore} in memory: resume within the page's life (the default). */
export function memoryResumeStore(): ResumeStore {
  const states = new Map<string, ResumeState>()
  return {
    get: (key) => states.get(key),
    set: (key, state) => void states.set(key, structuredClone(state)),
    remove: (key) => void states.delete(key),
  }
}

/** The part of the Web Storage API the localStorage store uses. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/**
 * A {@link ResumeStore} in `localStorage`: resume after a reload. Unreadable entries count
 * as absent, and a full or blocked storage never fails the upload.
 */
export function localStorageResumeStore(
  storage: KeyValueStorage = globalThis.localStorage,
  prefix = 'tweet-media:resume:',
): ResumeStore {
  return {
    get(key) {
      try {
        const raw = storage.getItem(prefix + key)
        return raw === null ? undefined : parseResumeState(JSON.parse(raw))
      } catch {
        return undefined
      }
    },
    set(key, state) {
      try {
        storage.setItem(prefix + key, JSON.stringify(state))
      } catch {
        // Quota exceeded or storage disabled: the upload goes on without resume.
      }
    },
    remove(key) {
      try {
        storage.removeItem(prefix + key)
      } catch {
        // As above.
      }
    },
  }
}

/** Narrows a stored value to a {@link ResumeState}, or `undefined` when it is not one. */
export function parseResumeState(value: unknown): ResumeState | undefined {
  if (!isRecord(value) || value.version !== 1) return undefined
  const { dialect, fingerprint, mediaId, expiresAt, totalBytes, chunkSize, mediaType, acknowledgedSegments } = value
  if (dialect !== 'v2' && dialect !== 'v1.1') return undefined
  if (typeof fingerprint !== 'string' || typeof mediaId !== 'string' || typeof mediaType !== 'string') return undefined
  if (typeof expiresAt !== 'number' || typeof totalBytes !== 'number' || typeof chunkSize !== 'number') return undefined
  if (!Array.isArray(acknowledgedSegments) || !acknowledgedSegments.every((index) => Number.isInteger(index))) return undefined
  return value as unknown as ResumeState
}
