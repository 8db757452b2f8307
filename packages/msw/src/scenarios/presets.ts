import { X_PROCESSING_ERRORS, type ScenarioOptions } from './scenario-options'

/** The names of the ready-made scenarios. */
export type ScenarioName =
  | 'happy'
  | 'slowNetwork'
  | 'flakyAppends'
  | 'rateLimited'
  | 'offline'
  | 'droppedConnections'
  | 'processingFails'
  | 'slowProcessing'
  | 'shortExpiry'
  | 'processingTooLong'
  | 'processingInvalidFile'
  | 'processingUnsupported'
  | 'processingErrorInProgress'
  | 'serverErrorStrings'
  | 'cdnBadGateway'
  | 'missingMediaWriteScope'
  | 'appOnlyToken'
  | 'xRateLimits'

/**
 * Ready-made scenarios for stories and dev servers; spread one into the options, or
 * apply it live with `mock.configure(scenarios.flakyAppends)`.
 * @example
 * const mock = createMediaMock({ ...scenarios.rateLimited, seed: 7 })
 */
export const scenarios: Readonly<Record<ScenarioName, Readonly<ScenarioOptions>>> = {
  /** Everything succeeds, quickly. */
  happy: {},
  /** 400–1,200 ms per request, as on a poor mobile connection. */
  slowNetwork: { latencyMs: { min: 400, max: 1200 } },
  /** About a third of `APPEND`s fail with 503. */
  flakyAppends: { appendFailureRate: 0.3 },
  /** Five requests per 60-second window, then 429 with `x-rate-limit-*` headers. */
  rateLimited: { rateLimit: { afterRequests: 5, resetAfterSecs: 60 } },
  /** Every connection drops. */
  offline: { offline: true },
  /** One request in five loses its connection. */
  droppedConnections: { dropConnectionRate: 0.2 },
  /** Video and GIF processing ends in `failed` with X's "InvalidMedia" error. */
  processingFails: { processing: { fail: true } },
  /** Processing takes six polls, two seconds apart. */
  slowProcessing: { processing: { rounds: 5, checkAfterSecs: 2 } },
  /** Ids expire after 30 seconds. */
  shortExpiry: { expiresAfterSecs: 30 },
  /** Processing fails with X's code 3 `UnsupportedMedia`: a video of 2 min 29 s, over the 2 min 20 s limit. */
  processingTooLong: { processing: { fail: X_PROCESSING_ERRORS.tooLong } },
  /** Processing fails with X's code 1 `InvalidMedia`, "file is invalid". */
  processingInvalidFile: { processing: { fail: X_PROCESSING_ERRORS.invalidFile } },
  /** Processing fails with X's code 3 `UnsupportedMedia`, "file is currently unsupported". */
  processingUnsupported: { processing: { fail: X_PROCESSING_ERRORS.unsupported } },
  /** Processing reports X's error while `state` still reads `in_progress`, as X has been seen to. */
  processingErrorInProgress: { processing: { fail: X_PROCESSING_ERRORS.tooLong, errorState: 'in_progress' } },
  /** The first `APPEND` gets 500 `{"errors":["internal server error"]}` (strings, as the v2 endpoints sent). */
  serverErrorStrings: { failAppendNumbers: [1], appendFailureStatus: 500, failureBody: 'string-errors' },
  /** The first `APPEND` gets a CDN's HTML 502 page instead of JSON. */
  cdnBadGateway: { failAppendNumbers: [1], appendFailureStatus: 502, failureBody: 'cdn-html' },
  /** Every token is an OAuth 2.0 user token without `media.write`: 403 `Forbidden`. */
  missingMediaWriteScope: { authFailure: 'missing-scope' },
  /** Every token is an app-only bearer token: 403 `Unsupported Authentication`. */
  appOnlyToken: { authFailure: 'app-only' },
  /** X's per-user 15-minute windows per endpoint (initialize 1,875, STATUS 1,000, …), with `x-rate-limit-*` headers on every answer. */
  xRateLimits: { endpointRateLimits: {} },
}

/** Whether `name` is one of the presets (for a CLI flag or a Storybook control). */
export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(scenarios, name)
}
