import type { MediaMock } from '../create-media-mock'
import { inspectMock, type InspectorState } from './inspector-state'
import type { InspectorLogEntry } from './request-log'

/** Each handler of a mock, to its mock: a Storybook story names its mock by `parameters.msw`. */
const mockOfHandler = new WeakMap<object, MediaMock>()

/** Remembers which mock a handler belongs to (called by `createMediaMock`). @internal */
export function registerMediaMock(mock: MediaMock): void {
  for (const handler of mock.handlers) mockOfHandler.set(handler, mock)
}

/**
 * The media mock behind some msw handlers, as a story's `parameters.msw` holds them: an
 * array, or an object of arrays (`{ handlers: [...] }`, msw-storybook-addon's named groups).
 * @example
 * const mock = findMediaMock(context.parameters.msw)
 */
export function findMediaMock(handlers: unknown): MediaMock | undefined {
  const lists = Array.isArray(handlers) ? [handlers] : handlers && typeof handlers === 'object' ? Object.values(handlers) : []
  for (const list of lists) {
    if (!Array.isArray(list)) continue
    for (const handler of list as unknown[]) {
      const mock = handler && typeof handler === 'object' ? mockOfHandler.get(handler) : undefined
      if (mock) return mock
    }
  }
  return undefined
}

/**
 * What a mock holds and saw, as the inspector page shows it, for a mock running in the
 * browser (the Storybook panel). Its request log comes from the store (no error bodies:
 * those are read by the standalone server only).
 * @example
 * channel.emit('tweet-media/inspector/state', inspectMediaMock(mock))
 */
export function inspectMediaMock(mock: MediaMock): InspectorState {
  const requests: InspectorLogEntry[] = mock.store.recentRequests(200).map((entry) => ({
    seq: entry.seq,
    time: entry.time,
    method: entry.method,
    path: entry.path,
    status: entry.status,
    outcome: entry.outcome,
    step: entry.step ?? null,
    mediaId: entry.mediaId ?? null,
    errorBody: null,
  }))
  return inspectMock(mock, requests, false)
}
