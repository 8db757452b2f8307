export { createDraftStore, DEFAULT_DRAFT_MAX_AGE_MS, type DraftStoreOptions } from './create-draft-store'
export type { DraftLockEnvironment } from './draft-lock'
export type {
  DraftContents,
  DraftItemProgress,
  DraftItemState,
  DraftStorage,
  DraftStore,
  RestoredDraftItem,
} from '@tweet-media/core'
