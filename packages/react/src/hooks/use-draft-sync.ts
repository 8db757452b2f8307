import type { DraftItemProgress, DraftItemState, DraftStorage, DraftStore, InspectFileOptions, RestoredDraftItem, Uploader } from '@tweet-media/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import { classifyFile } from '../composer/classify-file'
import { newDraftKey, toDraftItems, toDraftProgress } from './draft-items'
import type { UploadEntry, UploadList } from './upload-list'
import type { UploadRun } from './use-upload-mutation'

/** Where a composer's draft stands. */
export interface DraftState {
  /** `loading` until the stored draft is back; `waiting` while another tab holds the draft. */
  status: 'loading' | 'waiting' | 'ready'
  /** Where the last save went: `local-storage` or `memory` mean the storage refused files. */
  storage: DraftStorage
  /** Files of the stored draft that were not kept: the user picks them again (their alt text comes back when they are). */
  filesToPickAgain: DraftItemState[]
  /** Names of files added now that the storage refused: they would be lost on a reload. */
  filesNotKept: string[]
  /** The uploads of the tab that holds the draft, while this one waits. */
  otherTab: readonly DraftItemProgress[]
}

/** What {@link useDraftSync} needs from the hook that owns the list. */
export interface DraftSyncContext {
  list: UploadList
  uploader: Uploader
  run(run: UploadRun): void
  limits: () => InspectFileOptions | undefined
}

const INITIAL: DraftState = { status: 'loading', storage: 'indexeddb', filesToPickAgain: [], filesNotKept: [], otherTab: [] }

/**
 * Keeps `list` and `draft` in step: once this tab holds the draft, restores its items
 * (uploaded media ready, interrupted uploads resumed, expired media uploaded again), then
 * saves every change (files, alt text saved or still being typed, media ids, resume state,
 * order). Returns the draft's state (`undefined` without a draft) and a function that
 * drops the stored draft; call it before emptying the list.
 */
export function useDraftSync(draft: DraftStore | undefined, context: DraftSyncContext): [DraftState | undefined, clearDraft: () => void] {
  const [state, setState] = useState<DraftState>(INITIAL)
  const { list } = context
  const latest = useRef(context)
  latest.current = context
  // Only the tab that holds the draft may drop it: a no-op until then.
  const clearDraft = useRef((): void => {})

  useEffect(() => {
    if (draft === undefined) return
    let active = true
    let release: (() => void) | undefined
    let unsubscribe: (() => void) | undefined
    const update = (patch: Partial<DraftState>): void => {
      if (active) setState((current) => ({ ...current, ...patch }))
    }
    const unwatch = draft.watchProgress((otherTab) => update({ otherTab }))

    const keys = new Map<string, string>()
    const keyOf = (taskId: string): string => {
      let key = keys.get(taskId)
      if (key === undefined) keys.set(taskId, (key = newDraftKey()))
      return key
    }
    const filesSaved = new Set<string>()
    const filesNotKept: string[] = []
    let filesToPickAgain: DraftItemState[] = []
    let lastSaved = ''

    /** A file picked again after storage refused it: its alt text comes back, and it is no longer missing. */
    const pickedAgain = ({ file, task }: UploadEntry): void => {
      const lost = filesToPickAgain.find((item) => item.name === file.name && item.size === file.size)
      if (lost === undefined) return
      filesToPickAgain = filesToPickAgain.filter((item) => item !== lost)
      if (task.getSnapshot().altText === '' && lost.altText !== '') void task.setAltText(lost.altText)
      if (lost.altTextDraft !== undefined) list.setDraft(task.id, lost.altTextDraft)
      update({ filesToPickAgain })
    }

    const persist = (): void => {
      if (!active) return
      const listState = list.getSnapshot()
      for (const { entry } of listState) {
        const key = keyOf(entry.task.id)
        if (filesSaved.has(key)) continue
        filesSaved.add(key)
        pickedAgain(entry)
        void draft.saveFile(key, entry.file).then((kept) => {
          if (kept) return
          filesNotKept.push(entry.file.name)
          update({ filesNotKept: [...filesNotKept] })
        })
      }
      draft.shareProgress(toDraftProgress(listState, keyOf))
      // Files to pick again stay listed, so the user is told again after another reload.
      const items = [...toDraftItems(listState, keyOf), ...filesToPickAgain]
      const serialized = JSON.stringify(items)
      if (serialized === lastSaved) return
      lastSaved = serialized
      void draft.saveItems(items).then((storage) => update({ storage }))
    }

    const restore = async (contents: { items: RestoredDraftItem[]; filesToPickAgain: DraftItemState[] }): Promise<void> => {
      for (const item of contents.items) {
        const classified = await classifyFile(item.file, latest.current.limits())
        if (!active) return
        if (!('kind' in classified)) {
          // Stored, but no longer accepted (the app's limits changed): the user decides again.
          const { file: _file, ...metadata } = item
          contents.filesToPickAgain.push(metadata)
          continue
        }
        const { media, resumeState } = item
        const task = latest.current.uploader.createTask(item.file, {
          altText: item.altText,
          ...(media ? { uploadedMedia: media } : resumeState ? { resumeState } : {}),
        })
        keys.set(task.id, item.key)
        filesSaved.add(item.key)
        list.add({ file: item.file, kind: classified.kind, task })
        if (item.altTextDraft !== undefined) list.setDraft(task.id, item.altTextDraft)
        latest.current.run({ task, action: 'start' })
      }
      filesToPickAgain = contents.filesToPickAgain
    }

    void draft
      .acquire(() => update({ status: 'waiting' }))
      .then(async (releaseLock) => {
        release = releaseLock
        if (!active) return releaseLock()
        unwatch()
        await restore(await draft.load())
        if (!active) return
        update({ status: 'ready', otherTab: [], filesToPickAgain })
        clearDraft.current = () => {
          filesToPickAgain = []
          filesNotKept.length = 0
          update({ filesToPickAgain: [], filesNotKept: [] })
          void draft.clear()
        }
        persist()
        unsubscribe = list.subscribe(persist)
      })
    return () => {
      active = false
      clearDraft.current = () => {}
      unsubscribe?.()
      unwatch()
      release?.()
    }
  }, [draft, list])

  const clear = useCallback(() => clearDraft.current(), [])
  return [draft === undefined ? undefined : state, clear]
}
