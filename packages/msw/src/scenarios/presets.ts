import type { ScenarioOptions } from './scenario-options'

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
}

/** Whether `name` is one of the presets (for a CLI flag or a Storybook control). */
export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(scenarios, name)
}
