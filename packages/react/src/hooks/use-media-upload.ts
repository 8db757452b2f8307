import type { UploadOptions, UploadTask } from '@tweet-media/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import { isUsableWithDraft, toMediaUploadState, type MediaUploadState } from './media-upload-state'
import { storePendingAltText } from './store-pending-alt-text'
import { watchUploadEvents, type MediaFileInfo, type UploadLifecycleCallbacks } from './upload-events'
import { useExpiryWatch } from './use-expiry-watch'
import { useUploadMutation, type UploadMutationOptions } from './use-upload-mutation'
import { useUploadSnapshot } from './use-upload-snapshot'
import { useUploader, type UploaderSource } from './use-uploader'

/** Options of {@link useMediaUpload}. */
export interface UseMediaUploadOptions extends UploaderSource, UploadMutationOptions, UploadLifecycleCallbacks<MediaFileInfo> {
  /** Upload again, with the same file and alt text, when usable media expires. Default `true`. */
  reuploadExpired?: boolean
}

/** Per-upload options of `upload()`. */
export type MediaUploadCallOptions = Pick<UploadOptions, 'altText' | 'mediaCategory' | 'additionalOwners'>

/** What {@link useMediaUpload} returns: the state of the current upload and its actions. */
export interface UseMediaUploadResult extends MediaUploadState {
  /** Starts uploading `file`, replacing (and cancelling) any previous upload. `await task.start()` for the media. */
  upload(file: File, options?: MediaUploadCallOptions): UploadTask
  /** The task of the current upload, for apps that read it directly. */
  task: UploadTask | undefined
  /** Stops every request of the current upload; it ends `canceled` and can be retried. */
  cancel(): void
  /** After an error, a cancel or an expiry: continues with only what is missing. */
  retry(): void
  /** Cancels and forgets the current upload: back to `idle`. */
  reset(): void
  /** Keeps the text and stores it with `metadata/create` (again) once uploaded. Never rejects. */
  setAltText(text: string): Promise<void>
  /** Keeps what the user is typing (`altTextDraft`) without a request; `prepareForPost()` stores it. */
  editAltText(text: string): void
  /**
   * The one call for the Post button: stores alt text typed but not stored yet, checks
   * expiry at this instant, and resolves with the id to attach; `undefined` when the
   * upload is not usable (then `notReadyReason`, `error` or `altTextError` say why).
   */
  prepareForPost(): Promise<string | undefined>
}

/**
 * One file's upload to X, as React state: status, progress, the media id, alt text and
 * expiry. The upload runs in a core task through the app's `QueryClient`; the task,
 * not mutation callbacks, is the source of truth. Cancels its upload on unmount.
 *
 * @example
 * ```tsx
 * const { upload, status, progress, mediaId } = useMediaUpload({ config: { baseUrl: '/api/x' } })
 * <input type="file" onChange={(e) => e.target.files?.[0] && upload(e.target.files[0], { altText })} />
 * ```
 */
export function useMediaUpload(options: UseMediaUploadOptions = {}): UseMediaUploadResult {
  const uploader = useUploader(options)
  const { run, reset: resetMutation } = useUploadMutation(options)
  const [task, setTask] = useState<UploadTask>()
  const [draft, setDraft] = useState<string>()
  const snapshot = useUploadSnapshot(task)
  const latest = useRef({ options, draft })
  latest.current = { options, draft }

  // The task belongs to this component: a new upload or an unmount disposes the old one.
  useEffect(() => () => task?.dispose(), [task])
  // Re-renders after each timed check, so `timeLeftMs` below counts down.
  useExpiryWatch(task === undefined ? [] : [task], { run, reuploadExpired: options.reuploadExpired })

  const upload = useCallback(
    (file: File, callOptions: MediaUploadCallOptions = {}) => {
      const next = uploader.createTask(file, callOptions)
      watchUploadEvents({ id: next.id, file, task: next }, () => latest.current.options)
      setTask(next)
      setDraft(undefined)
      run({ task: next, action: 'start' })
      return next
    },
    [uploader, run],
  )
  const cancel = useCallback(() => task?.cancel(), [task])
  const retry = useCallback(() => {
    if (task !== undefined) run({ task, action: 'retry' })
  }, [task, run])
  const reset = useCallback(() => {
    setTask(undefined)
    setDraft(undefined)
    resetMutation()
  }, [resetMutation])
  const setAltText = useCallback(
    async (text: string) => {
      const saving = task?.setAltText(text)
      setDraft(undefined)
      return saving
    },
    [task],
  )
  const prepareForPost = useCallback(async () => {
    if (task === undefined) return undefined
    task.checkExpiry()
    const typed = latest.current.draft
    await storePendingAltText(task, typed ?? task.getSnapshot().altText)
    if (task.getSnapshot().altText === typed) setDraft((current) => (current === typed ? undefined : current))
    const stored = task.getSnapshot()
    return isUsableWithDraft(stored, stored.altText === typed ? undefined : latest.current.draft) ? stored.media?.mediaId : undefined
  }, [task])

  return {
    ...toMediaUploadState(snapshot, task, draft),
    editAltText: setDraft,
    upload,
    task,
    cancel,
    retry,
    reset,
    setAltText,
    prepareForPost,
  }
}
