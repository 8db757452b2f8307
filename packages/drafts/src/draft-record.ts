import { parseResumeState, reviveUploadedMedia, type DraftItemState } from '@tweet-media/core'

/** What a draft stores besides the files: the items in order and when they were saved. */
export interface DraftRecord {
  version: 1
  /** Epoch ms of the last save: a draft older than the store's maximum age is dropped. */
  savedAt: number
  items: DraftItemState[]
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** One stored item, checked field by field; media or resume state that do not parse are left out. */
function parseItem(value: unknown): DraftItemState | undefined {
  if (!isObject(value)) return undefined
  const { key, name, type, size, lastModified, altText } = value
  if (typeof key !== 'string' || typeof name !== 'string' || typeof type !== 'string' || typeof altText !== 'string') return undefined
  if (typeof size !== 'number' || typeof lastModified !== 'number') return undefined
  const media = reviveUploadedMedia(value.media)
  const resumeState = parseResumeState(value.resumeState)
  const altTextDraft = typeof value.altTextDraft === 'string' ? value.altTextDraft : undefined
  return {
    key,
    name,
    type,
    size,
    lastModified,
    altText,
    ...(altTextDraft === undefined ? {} : { altTextDraft }),
    ...(media ? { media } : {}),
    ...(resumeState ? { resumeState } : {}),
  }
}

/**
 * A {@link DraftRecord} read back from storage, or `undefined` when the value is not one
 * (another version, or damaged): a draft that cannot be read is treated as absent.
 */
export function parseDraftRecord(value: unknown): DraftRecord | undefined {
  if (!isObject(value) || value.version !== 1 || typeof value.savedAt !== 'number' || !Array.isArray(value.items)) return undefined
  const items = value.items.map(parseItem).filter((item): item is DraftItemState => item !== undefined)
  return { version: 1, savedAt: value.savedAt, items }
}

/** The newer of two records, by `savedAt`. */
export function newerRecord(a: DraftRecord | undefined, b: DraftRecord | undefined): DraftRecord | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return b.savedAt > a.savedAt ? b : a
}
