import type { MediaKind, MediaUploadError, UploadTask, UploadedMedia } from '@tweet-media/core'

/** The file an upload event is about. */
export interface MediaFileInfo {
  /** The task id, the same as the item's `id`. */
  id: string
  file: File
  /** Core's task, for apps that read it directly. */
  task: UploadTask
}

/** A file of a post: {@link MediaFileInfo} with the kind core found from its bytes. */
export interface MediaItemInfo extends MediaFileInfo {
  kind: MediaKind
}

/** Callbacks for one upload's life, shared by both hooks (named as TanStack Query names them). */
export interface UploadLifecycleCallbacks<Info extends MediaFileInfo> {
  /** An upload begins: the first start, a retry, or the re-upload of expired media. */
  onUploadStart?: (info: Info) => void
  /** X answered with usable media (alt text, if any, is stored by then or has failed). */
  onSuccess?: (media: UploadedMedia, info: Info) => void
  /** The upload failed; `error.code` says why. Not called for a cancel. */
  onError?: (error: MediaUploadError, info: Info) => void
}

/**
 * Calls `callbacks()` (read at each event, so the latest props win) as `info.task` starts,
 * succeeds or fails. A start is a new `attempt` of the task, so a retry is a start too,
 * even when its first status and its end arrive in one notification.
 */
export function watchUploadEvents<Info extends MediaFileInfo>(
  info: Info,
  callbacks: () => UploadLifecycleCallbacks<Info>,
): () => void {
  const { task } = info
  let { attempt, status } = task.getSnapshot()
  return task.subscribe(() => {
    const snapshot = task.getSnapshot()
    const { onUploadStart, onSuccess, onError } = callbacks()
    if (snapshot.attempt > attempt) onUploadStart?.(info)
    if (snapshot.status !== status || snapshot.attempt > attempt) {
      if (snapshot.status === 'success' && snapshot.media !== undefined) onSuccess?.(snapshot.media, info)
      if (snapshot.status === 'error' && snapshot.error !== undefined) onError?.(snapshot.error, info)
    }
    attempt = snapshot.attempt
    status = snapshot.status
  })
}
