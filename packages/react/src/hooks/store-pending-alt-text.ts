import { ALT_TEXT_MAX_LENGTH, altTextLength, type UploadTask } from '@tweet-media/core'

/**
 * Stores `text` as the alt text of an uploaded `task` and resolves when X has answered
 * (stored or failed, as the snapshot then says). Does nothing before the upload succeeded
 * (the running upload stores the latest text itself), when the text is already stored, or
 * when it is over X's limit (the item then says so; the task keeps its last good text).
 * A save of the same text still in flight is sent once more rather than awaited: the
 * newest request wins in the task, and its promise settles even if the task is disposed.
 */
export async function storePendingAltText(task: UploadTask, text: string): Promise<void> {
  const { status, altText, altTextStatus } = task.getSnapshot()
  if (status !== 'success' || altTextLength(text) > ALT_TEXT_MAX_LENGTH) return
  if (altText === text && (altTextStatus === 'saved' || altTextStatus === 'none')) return
  await task.setAltText(text)
}
