import { findMediaMock, inspectMediaMock, type MediaMock } from '@tweet-media/msw'
import type { LoaderFunction } from 'storybook/internal/types'
import { addons } from 'storybook/preview-api'
import { MEDIA_INSPECTOR_EVENTS } from './events'

// How often the store is read for changes: requests arrive through msw's worker, which tells
// nobody, so the feed compares snapshots (cheap: no bytes, at most 200 log entries).
const READ_EVERY_MS = 500

let current: { mock: MediaMock | undefined; timer: ReturnType<typeof setInterval> | undefined; last: string } = {
  mock: undefined,
  timer: undefined,
  last: '',
}

function send(force: boolean): void {
  const state = current.mock ? inspectMediaMock(current.mock) : null
  const text = JSON.stringify(state && { ...state, now: 0 })
  if (!force && text === current.last) return
  current.last = text
  addons.getChannel().emit(MEDIA_INSPECTOR_EVENTS.state, state)
}

let listening = false

/**
 * Feeds the media inspector panel the store of the story being shown: the mock whose
 * handlers are in the story's `parameters.msw`.
 */
export const mediaInspectorLoader: LoaderFunction = (context) => {
  if (current.timer !== undefined) clearInterval(current.timer)
  const mock = findMediaMock(context.parameters.msw)
  current = { mock, timer: mock ? setInterval(() => send(false), READ_EVERY_MS) : undefined, last: '' }
  if (!listening) {
    addons.getChannel().on(MEDIA_INSPECTOR_EVENTS.request, () => send(true))
    listening = true
  }
  send(true)
  return {}
}
