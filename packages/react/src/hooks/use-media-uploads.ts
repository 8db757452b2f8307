import type { DraftStore, InspectFileOptions, MediaKind, UploadSnapshot, UploadTask } from '@tweet-media/core'
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { classifyFile } from '../composer/classify-file'
import { checkComposerRules, postIsFull, X_COMPOSER_RULES, type ComposerRules } from '../composer/composer-rules'
import type { ListedRejection, MediaRejection } from '../composer/media-rejection'
import { fileIdentity } from '../composer/same-file'
import { frameBatchedSubscribe } from './frame-batched-subscribe'
import { isUsableWithDraft, toMediaUploadState, type MediaUploadState } from './media-upload-state'
import { altTextOf } from './readiness'
import { storePendingAltText } from './store-pending-alt-text'
import { watchUploadEvents, type MediaItemInfo, type UploadLifecycleCallbacks } from './upload-events'
import { createUploadList, isUrgentListChange, type UploadListItem, type UploadListState } from './upload-list'
import { useDraftSync, type DraftState } from './use-draft-sync'
import { useExpiryWatch } from './use-expiry-watch'
import { useMountedRef } from './use-mounted-ref'
import type { MediaUploadCallOptions } from './use-media-upload'
import { useUploadMutation, type UploadMutationOptions, type UploadRun } from './use-upload-mutation'
import { useUploader, type UploaderSource } from './use-uploader'

/** Callbacks of {@link useMediaUploads} (and of `<MediaUploader>` when it keeps its own list). */
export interface MediaUploadsCallbacks extends UploadLifecycleCallbacks<MediaItemInfo> {
  /** Files joined the post (their uploads start right after). */
  onFilesAdded?: (added: MediaItemInfo[]) => void
  /** Files were refused: type, size, emptiness, a duplicate, or the post's rules. */
  onFilesRejected?: (rejections: MediaRejection[]) => void
  /** An item left the post (`remove(id)` or `clear()`); its upload, if running, is canceled. */
  onRemove?: (info: MediaItemInfo) => void
}

/** Options of {@link useMediaUploads}. */
export interface UseMediaUploadsOptions extends UploaderSource, UploadMutationOptions, MediaUploadsCallbacks {
  /** How many photos, GIFs and videos a post holds. Default {@link X_COMPOSER_RULES}. */
  rules?: ComposerRules
  /** Lower size limits than X's, passed to core's `inspectFile`. */
  limits?: InspectFileOptions
  /** Upload again, with the same file and alt text, when usable media expires. Default `true`. */
  reuploadExpired?: boolean
  /**
   * Keeps the items across reloads, crashes and closed tabs (`createDraftStore(name)` from
   * `@tweet-media/drafts`); read once, on the first render. `clear()` drops it.
   */
  draft?: DraftStore
}

/** One file of the composer: its upload state and what can be done with it. */
export interface MediaUploadItem extends MediaUploadState, MediaItemInfo {
  /** Core's snapshot this state was derived from. */
  snapshot: UploadSnapshot
  /** Stops every request of the upload; it ends `canceled` and can be retried. */
  cancel(): void
  /** After an error, a cancel or an expiry: continues with only what is missing. */
  retry(): void
  /** Cancels the upload if it runs, and takes the item out of the post. */
  remove(): void
  /**
   * Keeps what the user is typing (`altTextDraft`) without a request: it counts for
   * readiness at once, and `prepareForPost()` stores it. Call it on every change.
   */
  editAltText(text: string): void
  /** Hands the text to the task, which stores it with `metadata/create` (again) once uploaded. Never rejects. */
  setAltText(text: string): Promise<void>
}

/** What `addFiles` did with each file. */
export interface AddFilesResult {
  accepted: Array<{ id: string; file: File }>
  rejected: MediaRejection[]
}

/** What {@link useMediaUploads} returns. */
export interface UseMediaUploadsResult {
  /** The files of the post, in the order they will be posted. */
  items: MediaUploadItem[]
  /**
   * Checks each file (type from its bytes, size, not already in the post) and the post's
   * rules, starts uploading the ones that fit and reports the others; one refused file
   * never refuses the rest. Refusals are also kept in `rejections`.
   */
  addFiles(files: Iterable<File> | ArrayLike<File>, options?: MediaUploadCallOptions): Promise<AddFilesResult>
  /** Cancels the item's upload if it runs, and takes it out of the post. */
  remove(id: string): void
  /** Moves an item to `index` (0-based, clamped): the post's media follow this order. */
  move(id: string, index: number): void
  /** Removes every item, cancelling running uploads, and drops the stored draft: call it once the post is sent. */
  clear(): void
  /** Every refusal since the last dismissal, in the order the files were chosen. */
  rejections: readonly ListedRejection[]
  /** Drops one refusal from `rejections`. */
  dismissRejection(id: string): void
  /** Empties `rejections`. */
  dismissRejections(): void
  /**
   * True when the post can be sent: every item is uploaded and not expired, and no alt text
   * is over the limit. Typed alt text that is not stored yet does not hold it back:
   * `prepareForPost()` stores it. `true` with no items.
   */
  isReady: boolean
  /** Some item is being checked, sent or processed. */
  isPending: boolean
  /** Some item failed. */
  isError: boolean
  /** When the post can take no more media under the hook's `rules`: the kind it holds and its limit. */
  full: { kind: MediaKind; max: number } | undefined
  /**
   * The one call for the Post button: stores alt text typed but not stored yet, checks
   * every item's expiry at this instant, and resolves with the ids to attach, in order
   * (`[]` with no items); `undefined` when an item is not usable (then the item says why).
   */
  prepareForPost(): Promise<string[] | undefined>
  /** The ids to attach, in order, when every item is usable and its alt text stored; else `undefined`. */
  mediaIds: string[] | undefined
  /**
   * `mediaIds`, after asking every task about expiry at this instant, without storing
   * pending alt text. Prefer `prepareForPost()` when posting.
   */
  getMediaIds(): string[] | undefined
  /** Where the draft stands (restoring, waiting for another tab, files to pick again); `undefined` without `draft`. */
  draft: DraftState | undefined
  /** True when the uploader has a `prepare` step: photos and videos it can convert are accepted. */
  prepares: boolean
}

const idsIfAllUsable = (state: UploadListState): string[] | undefined =>
  state.every(({ snapshot, draft }) => isUsableWithDraft(snapshot, draft))
    ? state.flatMap(({ snapshot }) => (snapshot.media === undefined ? [] : [snapshot.media.mediaId]))
    : undefined

const infoOf = ({ entry }: Pick<UploadListItem, 'entry'>): MediaItemInfo => ({
  id: entry.task.id,
  file: entry.file,
  kind: entry.kind,
  task: entry.task,
})

let rejectionCount = 0

/**
 * The media of one post: several uploads under X's rules (up to 4 photos, or 1 GIF, or
 * 1 video), each with its own task, and the ids to attach once every one is usable.
 * Uploads run through the app's `QueryClient` (or this package's own when there is no
 * provider); each task holds its own state, so concurrent uploads never overwrite each
 * other. Cancels everything on unmount.
 *
 * @example
 * ```tsx
 * const media = useMediaUploads({ config: { baseUrl: '/api/x' } })
 * const { rejected } = await media.addFiles(input.files)
 * <button disabled={!media.isReady} onClick={async () => post({ text, mediaIds: await media.prepareForPost() })}>Post</button>
 * ```
 */
export function useMediaUploads(options: UseMediaUploadsOptions = {}): UseMediaUploadsResult {
  const uploader = useUploader(options)
  const { run } = useUploadMutation(options)
  const [list] = useState(createUploadList)
  const subscribe = useMemo(() => frameBatchedSubscribe(list, isUrgentListChange), [list])
  const state = useSyncExternalStore(subscribe, list.getSnapshot, list.getSnapshot)
  const [rejections, setRejections] = useState<readonly ListedRejection[]>([])
  const latest = useRef(options)
  latest.current = options
  const mounted = useMountedRef()
  const [draftStore] = useState(() => options.draft)
  // Before the list's own cleanup: an unmount must not save the emptied list as the draft.
  const [draft, clearDraft] = useDraftSync(draftStore, { list, uploader, run, limits: () => latest.current.limits })

  useEffect(() => () => list.dispose(), [list])
  const tasks = state.map(({ entry }) => entry.task)
  const checks = useExpiryWatch(tasks, { run, reuploadExpired: options.reuploadExpired })

  const addFiles = useCallback(
    async (files: Iterable<File> | ArrayLike<File>, callOptions: MediaUploadCallOptions = {}) => {
      const classified = await Promise.all(Array.from(files, (file) => classifyFile(file, latest.current.limits, uploader.config.prepare !== undefined)))
      const result: AddFilesResult = { accepted: [], rejected: [] }
      if (!mounted.current) return result
      const rules = latest.current.rules ?? X_COMPOSER_RULES
      // Judged after the await, against the post as it is now (other drops may have landed).
      const inPost = new Set(list.getSnapshot().map(({ entry }) => fileIdentity(entry.file)))
      const fits = classified.flatMap((entry) => {
        if (!('kind' in entry) || inPost.has(fileIdentity(entry.file))) return []
        inPost.add(fileIdentity(entry.file))
        return [entry]
      })
      const verdicts = checkComposerRules(
        list.getSnapshot().map(({ entry }) => entry.kind),
        fits.map((entry) => entry.kind),
        rules,
      )
      const added: MediaItemInfo[] = []
      for (const entry of classified) {
        if (!('kind' in entry)) {
          result.rejected.push(entry.rejection)
          continue
        }
        const fitIndex = fits.indexOf(entry)
        if (fitIndex === -1) {
          result.rejected.push({ file: entry.file, code: 'duplicate-file', message: `${entry.file.name} is already in the post.` })
          continue
        }
        // `null` when the file fits, else the rule it breaks.
        const verdict = verdicts[fitIndex]
        if (verdict) {
          result.rejected.push({ file: entry.file, code: verdict, message: ruleMessage(verdict, rules) })
          continue
        }
        const task = uploader.createTask(entry.file, callOptions)
        const info: MediaItemInfo = { id: task.id, file: entry.file, kind: entry.kind, task }
        watchUploadEvents(info, () => latest.current)
        list.add({ file: entry.file, kind: entry.kind, task })
        added.push(info)
        result.accepted.push({ id: task.id, file: entry.file })
      }
      if (added.length > 0) latest.current.onFilesAdded?.(added)
      for (const { task } of added) run({ task, action: 'start' })
      if (result.rejected.length > 0) {
        setRejections((current) => [...current, ...result.rejected.map((rejection) => ({ ...rejection, id: `r${++rejectionCount}` }))])
        latest.current.onFilesRejected?.(result.rejected)
      }
      return result
    },
    [list, uploader, run, mounted],
  )

  const remove = useCallback(
    (id: string) => {
      const item = list.getSnapshot().find(({ entry }) => entry.task.id === id)
      if (item === undefined) return
      list.remove(id)
      latest.current.onRemove?.(infoOf(item))
    },
    [list],
  )
  const clear = useCallback(() => {
    const removed = list.getSnapshot().map(infoOf)
    clearDraft()
    list.dispose()
    for (const info of removed) latest.current.onRemove?.(info)
  }, [list, clearDraft])
  const move = useCallback((id: string, index: number) => list.move(id, index), [list])
  const dismissRejection = useCallback((id: string) => setRejections((current) => current.filter((r) => r.id !== id)), [])
  const dismissRejections = useCallback(() => setRejections([]), [])

  // Read again after every expiry check (`checks`), so each item's countdown moves on.
  const items = useMemo(() => state.map((item) => toItem(item, run, remove, list.setDraft)), [state, run, remove, list, checks])
  const mediaIds = useMemo(() => idsIfAllUsable(state), [state])
  const getMediaIds = useCallback(() => {
    for (const { entry } of list.getSnapshot()) entry.task.checkExpiry()
    return idsIfAllUsable(list.getSnapshot().map((item) => ({ ...item, snapshot: item.entry.task.getSnapshot() })))
  }, [list])
  const prepareForPost = useCallback(async () => {
    await Promise.all(
      list.getSnapshot().map(async ({ entry, snapshot, draft }) => {
        entry.task.checkExpiry()
        await storePendingAltText(entry.task, altTextOf(snapshot, draft))
        // Stored (or failed, as the item now says): the task holds the text from here on.
        if (entry.task.getSnapshot().altText === draft) list.setDraft(entry.task.id, undefined)
      }),
    )
    return getMediaIds()
  }, [list, getMediaIds])

  return {
    items,
    addFiles,
    remove,
    move,
    clear,
    rejections,
    dismissRejection,
    dismissRejections,
    isReady: items.every((item) => item.notReadyReason === undefined),
    isPending: items.some((item) => item.isPending),
    isError: items.some((item) => item.isError),
    full: postIsFull(
      state.map(({ entry }) => entry.kind),
      options.rules ?? X_COMPOSER_RULES,
    ),
    prepareForPost,
    mediaIds,
    getMediaIds,
    draft,
    prepares: uploader.config.prepare !== undefined,
  }
}

function toItem(
  item: UploadListItem,
  run: (run: UploadRun) => void,
  remove: (id: string) => void,
  setDraft: (taskId: string, draft: string | undefined) => void,
): MediaUploadItem {
  const { entry, snapshot, draft } = item
  const { task } = entry
  return {
    ...toMediaUploadState(snapshot, task, draft),
    ...infoOf(item),
    snapshot,
    cancel: () => task.cancel(),
    retry: () => run({ task, action: 'retry' }),
    remove: () => remove(task.id),
    editAltText: (text) => setDraft(task.id, text),
    setAltText: (text) => {
      // The task takes the text first, so the field never shows the older one in between.
      const saving = task.setAltText(text)
      setDraft(task.id, undefined)
      return saving
    },
  }
}

function ruleMessage(code: 'too-many-files' | 'mixed-media', rules: ComposerRules): string {
  return code === 'too-many-files'
    ? `A post holds at most ${rules.maxImages} photos, ${rules.maxGifs} GIF or ${rules.maxVideos} video.`
    : 'A post holds photos, or a GIF, or a video: not a mix.'
}
