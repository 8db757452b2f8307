import { createMediaMock, scenarios, type MediaMock, type ScenarioName, type ScenarioOptions } from '@tweet-media/msw'
import type { HttpHandler } from 'msw'

/** A mock for one story (or one file of stories) and what Storybook needs to run it. */
export interface StoryMock {
  /** The mock itself: its store is what a play function asserts against. */
  mock: MediaMock
  /** For `parameters: { msw: … }`. */
  handlers: HttpHandler[]
  /** For `beforeEach`: an empty store and the preset's scenario before every render. */
  reset: () => void
}

/** Where the stories' uploader sends requests: an app's signing proxy, played by the mock. */
export const STORY_PROXY_PATH = '/api/x'

/**
 * A mock of X's media API running one of the mock's named presets, on the proxy path
 * rather than X's hosts: the proxy adds credentials on the server, so requests without an
 * `Authorization` header are served. `timings` scales the preset down (shorter latency,
 * processing, windows) so the story's test stays fast; it changes how long things take,
 * not what goes wrong.
 */
export function storyMock(preset: ScenarioName, timings: ScenarioOptions = {}): StoryMock {
  const base = scenarios[preset]
  const processing = base.processing || timings.processing ? { ...base.processing, ...timings.processing } : undefined
  const mock = createMediaMock({
    ...base,
    ...timings,
    ...(processing ? { processing } : {}),
    seed: 7,
    baseUrl: STORY_PROXY_PATH,
    xHosts: false,
    auth: 'optional',
  })
  return { mock, handlers: mock.handlers, reset: () => mock.reset() }
}
