import type { MediaStore } from '@tweet-media/msw'

/** The `APPEND` segments the mock accepted, in arrival order: a resumed upload sends none twice. */
export const acknowledgedSegments = (store: MediaStore): number[] =>
  store.requests
    .filter((request) => request.step === 'APPEND' && request.outcome === 'ok')
    .map((request) => request.segmentIndex ?? -1)
