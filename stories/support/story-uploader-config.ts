import type { UploaderConfig } from '@tweet-media/core'
import { STORY_PROXY_PATH } from './story-mock'

/**
 * The uploader every story uses, set up as an app sets it up: requests go to the app's
 * proxy path (answered here by the mock) with no token in the browser; the proxy adds the
 * credentials on the server. Retry waits are short enough for a test.
 */
export function storyUploaderConfig(overrides: UploaderConfig = {}): UploaderConfig {
  return {
    baseUrl: STORY_PROXY_PATH,
    retry: { limit: 3, backoffMs: 50, maxBackoffMs: 200 },
    progressIntervalMs: 50,
    ...overrides,
  }
}
