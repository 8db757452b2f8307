import type { UploaderConfig } from '@tweet-media/core'

/**
 * The uploader every story uses: X's v2 API (answered by the mock) with a user's OAuth 2.0
 * token, and retry waits short enough for a test. In an app, point `baseUrl` at your proxy
 * instead and keep every secret on the server.
 */
export function storyUploaderConfig(overrides: UploaderConfig = {}): UploaderConfig {
  return {
    auth: { bearerToken: 'storybook-user' },
    retry: { limit: 3, backoffMs: 50, maxBackoffMs: 200 },
    progressIntervalMs: 50,
    ...overrides,
  }
}
