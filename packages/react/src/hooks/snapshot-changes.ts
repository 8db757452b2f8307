import type { UploadSnapshot } from '@tweet-media/core'

/**
 * True when two snapshots differ in more than progress: a new status, media, error or alt
 * text. Such changes render at once; progress alone waits for the next animation frame.
 */
export function isUrgentChange(previous: UploadSnapshot, next: UploadSnapshot): boolean {
  return (
    previous.status !== next.status ||
    previous.media !== next.media ||
    previous.error !== next.error ||
    previous.altText !== next.altText ||
    previous.altTextStatus !== next.altTextStatus
  )
}
