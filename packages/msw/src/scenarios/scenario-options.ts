import type { ProcessingError } from '../store/types'
import type { EndpointRateLimitOptions } from './endpoint-rate-limits'

/** How `STATUS` moves a video or GIF from `pending` to its final state. */
export interface ProcessingOptions {
  /** `in_progress` answers before the final one (default 2). */
  rounds?: number
  /** `check_after_secs` in every answer, and how long the store clock must move between polls that advance (default 1). */
  checkAfterSecs?: number
  /** End in `failed`: `true` for X's "InvalidMedia" example, or the exact error. */
  fail?: boolean | ProcessingError
  /**
   * The `state` reported beside the error: `failed` (the default, as documented) or
   * `in_progress`, as X has been seen to answer (a client must read `error`, not only `state`).
   */
  errorState?: 'failed' | 'in_progress'
}

/**
 * The body of an injected server failure: X's own (`x`, the default: v1.1
 * `{ errors: [{ code, message }] }`, v2 problem details), the v2 endpoints' observed
 * `{"errors":["internal server error"]}` (`string-errors`), or a CDN's HTML error page
 * (`cdn-html`, `text/html`).
 */
export type FailureBody = 'x' | 'string-errors' | 'cdn-html'

/**
 * How X refuses a token for media: `missing-scope`, an OAuth 2.0 user token without
 * `media.write` (403 `Forbidden` problem); `app-only`, an application-only bearer token
 * (403 `Unsupported Authentication` problem). v1.1 answers both with 403 code 220.
 */
export type AuthFailure = 'missing-scope' | 'app-only'

/** When the mock starts answering 429. */
export interface RateLimitOptions {
  /** Requests allowed per window; the next ones get 429 until the window resets. */
  afterRequests: number
  /** Window length in seconds (default 900, X's 15 minutes). */
  resetAfterSecs?: number
}

/**
 * What can go wrong, as data: every decision is drawn from a seeded generator, so a run
 * repeats exactly. Change it live with `mock.configure(...)`.
 */
export interface ScenarioOptions {
  /** Delay before each answer: a fixed time, or a range drawn per request. */
  latencyMs?: number | { min: number; max: number }
  /** Fraction (0..1) of `APPEND`s answered with a 5xx. */
  appendFailureRate?: number
  /** 1-based numbers of the `APPEND`s to fail with a 5xx (counted since the last reset). */
  failAppendNumbers?: number[]
  /** Status of an injected failure (default 503). */
  appendFailureStatus?: number
  /** Body of an injected failure (default `x`: X's own error shape). */
  failureBody?: FailureBody
  /** Fraction (0..1) of requests whose connection drops (a network error, no response). */
  dropConnectionRate?: number
  /** 1-based numbers of the requests (any step) whose connection drops. */
  dropRequestNumbers?: number[]
  /** Drop every connection. */
  offline?: boolean
  /** Refuse every authenticated request as X refuses this kind of token; `null` for none. */
  authFailure?: AuthFailure | null
  /**
   * X's per-user 15-minute windows, one per endpoint (`{}` for X's own numbers, or smaller
   * ones to trip them in a test): `x-rate-limit-*` headers on every answer, 429 past the
   * limit until the window resets. `null` for none.
   */
  endpointRateLimits?: EndpointRateLimitOptions | null
  /** Answer 429 with `x-rate-limit-*` headers past a request budget; `null` for none. */
  rateLimit?: RateLimitOptions | null
  processing?: ProcessingOptions
  /** `expires_after_secs` of new ids (default 86,400). */
  expiresAfterSecs?: number
  /**
   * Refuse, as X does, a v2 `initialize`, `finalize`, `metadata` or subtitles request
   * whose body is missing, not `application/json`, or JSON that is not an object (400,
   * "Request body must be a JSON object."). Default `true`; `false` accepts them, for
   * clients such as `@xdevplatform/xdk` 0.6.6 that send `finalize` without a body.
   */
  strictJsonBodies?: boolean
}

/** X's documented example of a processing failure. */
export const DEFAULT_PROCESSING_ERROR: ProcessingError = {
  code: 1,
  name: 'InvalidMedia',
  message: 'Unsupported video format',
}

/**
 * Processing failures X has been seen to report, with its own codes, names and words:
 * a video over 140 s, a file X cannot read, a format it does not take.
 */
export const X_PROCESSING_ERRORS = {
  tooLong: {
    code: 3,
    name: 'UnsupportedMedia',
    message: 'Duration 2.minutes+29.seconds+350.milliseconds exceeds max duration of 2.minutes+20.seconds',
  },
  invalidFile: { code: 1, name: 'InvalidMedia', message: 'file is invalid' },
  unsupported: { code: 3, name: 'UnsupportedMedia', message: 'file is currently unsupported' },
} as const satisfies Record<string, ProcessingError>

/** Defaults for the processing and expiry settings. */
export const DEFAULT_ROUNDS = 2
export const DEFAULT_CHECK_AFTER_SECS = 1
export const DEFAULT_EXPIRES_AFTER_SECS = 86_400
export const DEFAULT_RATE_LIMIT_WINDOW_SECS = 900
