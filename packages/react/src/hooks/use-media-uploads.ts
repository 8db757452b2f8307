import type { InspectFileOptions, MediaKind, UploadSnapshot, UploadTask } from '@tweet-media/core'
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { classifyFile } from '../composer/classify-file'
import { checkComposerRules, X_COMPOSER_RULES, type ComposerRules } from '../composer/composer-rules'
import type { MediaRejection } from '../composer/media-rejection'
import { frameBatchedSubscribe } from './frame-batched-subscribe'
import { isUsableSnapshot, toMediaUploadState, type MediaUploadState } from './media-upload-state'
import { createUploadList, isUrgentListChange, type UploadListItem } from './upload-list'
import { useExpiryWatch } from './use-expiry-watch'
import { useMountedRef } from './use-mounted-ref'
import type { MediaUploadCallOptions } from './use-media-upload'
import { useUploadMutation, type UploadMutationOptions, type UploadRun } from './use-upload-mutation'
import { useUploader, type UploaderSource } from './use-uploader'

/** Options of {@link useMediaUploads}. */
export interface UseMediaUploadsOptions extends UploaderSource, UploadMutationOptions {
  /** How many photos, GIFs and videos a post holds. Default {@link X_COMPOSER_RULES}. */
  rules?: ComposerRules
  /** Lower size limits than X's, passed to core's `inspectFile`. */
  limits?: InspectFileOptions
  /** Upload again, with the same file and alt text, when usable media expires. Default `true`. */
  reuploadExpired?: boolean
}

/** One file of the composer: its upload state and what can be done with it. */
export interface MediaUploadItem extends MediaUploadState {
  /** The task id: stable for the life of the item. */
  id: string
  /** The local file, for its name and preview. */
  file: File
  /** What core found the file to be, from its bytes. */
  kind: MediaKind
  /** Core's snapshot this state was derived from. */
  snapshot: UploadSnapshot
  /** Core's task, for apps that read or drive it directly. */
  task: UploadTask
  /** Stops every request of the upload; it ends `canceled` and can be retried. */
  cancel(): void
  /** After an error, a cancel or an expiry: continues with only what is missing. */
  retry(): void
  /** Cancels the upload if it runs, and takes the item out of the post. */
  remove(): void
  /** Keeps the text and stores it with `metadata/create` (again) once uploaded. Never rejects. */
  setAltText(text: string): Promise<void>
}

/** What `addFiles` did with each file. */
export interface AddFilesResult {
  accepted: Array<{ id: string; file: File }>
  rejected: MediaRejection[]
}

/** What {@link useMediaUploads} returns. */
export interface UseMediaUploadsResult {
  /** The files of the post, in the order they were added. */
  items: MediaUploadItem[]
  /**
   * Checks each file (type from its bytes, size) and the post's rules, starts uploading
   * the ones that fit and reports the others; one refused file never refuses the rest.
   */
  addFiles(files: Iterable<File> | ArrayLike<File>, options?: MediaUploadCallOptions): Promise<AddFilesResult>
  /** Cancels the item's upload if it runs, and takes it out of the post. */
  remove(id: string): void
  /** Removes every item, cancelling running uploads. */
  clear(): void
  /** The ids to attach to the post, in order; `undefined` while any item is not usable, `[]` with no items. */
  mediaIds: string[] | undefined
  /** True when `mediaIds` is defined: nothing attached is pending, failed or expired (also true with no items). */
  isReady: boolean
  /**
   * `mediaIds`, after asking every task about expiry at this instant: call it when the
   * post is sent, so media that expired since the last render is never attached.
   */
  getMediaIds(): string[] | undefined
  /** True when the uploader has a `prepare` step: photos and videos it can convert are accepted. */
  prepares: boolean
}

const idsIfAllUsable = (snapshots: readonly UploadSnapshot[]): string[] | undefined =>
  snapshots.every(isUsableSnapshot) ? snapshots.map((snapshot) => snapshot.media.mediaId) : undefined

/**
 * The media of one post: several uploads under X's rules (up to 4 photos, or 1 GIF, or
 * 1 video), each with its own task, and the ids to attach once every one is usable.
 * Uploads run through the app's `QueryClient`; each task holds its own state, so
 * concurrent uploads never overwrite each other. Cancels everything on unmount.
 *
 * @example
 * ```tsx
 * const media = useMediaUploads({ config: { baseUrl: '/api/x' } })
 * const { rejected } = await media.addFiles(input.files)
 * <button disabled={!media.isReady} onClick={() => post({ text, mediaIds: media.getMediaIds() })}>Post</button>
 * ```
 */
export function useMediaUploads(options: UseMediaUploadsOptions = {}): UseMediaUploadsResult {
  const uploader = useUploader(options)
  const { run } = useUploadMutation(options)
  const [list] = useState(createUploadList)
  const subscribe = useMemo(() => frameBatchedSubscribe(list, isUrgentListChange), [list])
  const state = useSyncExternalStore(subscribe, list.getSnapshot, list.getSnapshot)
  const latest = useRef({ rules: options.rules ?? X_COMPOSER_RULES, limits: options.limits })
  latest.current = { rules: options.rules ?? X_COMPOSER_RULES, limits: options.limits }
  const mounted = useMountedRef()

  useEffect(() => () => list.dispose(), [list])
  const tasks = state.map(({ entry }) => entry.task)
  const checks = useExpiryWatch(tasks, { run, reuploadExpired: options.reuploadExpired })

  const addFiles = useCallback(
    async (files: Iterable<File> | ArrayLike<File>, callOptions: MediaUploadCallOptions = {}) => {
      const classified = await Promise.all(Array.from(files, (file) => classifyFile(file, latest.current.limits, uploader.config.prepare !== undefined)))
      const result: AddFilesResult = { accepted: [], rejected: [] }
      if (!mounted.current) return result
      const fits = classified.flatMap((entry) => ('kind' in entry ? [entry] : []))
      // Judged after the await, against the post as it is now (other drops may have landed).
      const verdicts = checkComposerRules(
        list.getSnapshot().map(({ entry }) => entry.kind),
        fits.map((entry) => entry.kind),
        latest.current.rules,
      )
      let fitIndex = 0
      for (const entry of classified) {
        if (!('kind' in entry)) {
          result.rejected.push(entry.rejection)
          continue
        }
        // `null` when the file fits, else the rule it breaks.
        const verdict = verdicts[fitIndex++]
        if (verdict) {
          result.rejected.push({ file: entry.file, code: verdict, message: ruleMessage(verdict, latest.current.rules) })
          continue
        }
        const task = uploader.createTask(entry.file, callOptions)
        list.add({ file: entry.file, kind: entry.kind, task })
        run({ task, action: 'start' })
        result.accepted.push({ id: task.id, file: entry.file })
      }
      return result
    },
    [list, uploader, run, mounted],
  )

  const remove = useCallback((id: string) => list.remove(id), [list])
  const clear = useCallback(() => list.dispose(), [list])
  // Read again after every expiry check (`checks`), so each item's countdown moves on.
  const items = useMemo(() => state.map((item) => toItem(item, run, remove)), [state, run, remove, checks])
  const mediaIds = useMemo(() => idsIfAllUsable(state.map(({ snapshot }) => snapshot)), [state])
  const getMediaIds = useCallback(() => {
    const tasks = list.getSnapshot().map(({ entry }) => entry.task)
    for (const task of tasks) task.checkExpiry()
    return idsIfAllUsable(tasks.map((task) => task.getSnapshot()))
  }, [list])

  return { items, addFiles, remove, clear, mediaIds, isReady: mediaIds !== undefined, getMediaIds, prepares: uploader.config.prepare !== undefined }
}

function toItem({ entry, snapshot }: UploadListItem, run: (run: UploadRun) => void, remove: (id: string) => void): MediaUploadItem {
  const { task } = entry
  return {
    ...toMediaUploadState(snapshot, task),
    id: task.id,
    file: entry.file,
    kind: entry.kind,
    snapshot,
    task,
    cancel: () => task.cancel(),
    retry: () => run({ task, action: 'retry' }),
    remove: () => remove(task.id),
    setAltText: (text) => task.setAltText(text),
  }
}

function ruleMessage(code: 'too-many-files' | 'mixed-media', rules: ComposerRules): string {
  return code === 'too-many-files'
    ? `A post holds at most ${rules.maxImages} photos, ${rules.maxGifs} GIF or ${rules.maxVideos} video.`
    : 'A post holds photos, or a GIF, or a video: not a mix.'
}
