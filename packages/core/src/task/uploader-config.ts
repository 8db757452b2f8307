import type { AuthConfig } from '../auth/types'
import { EXPIRY_SAFETY_MARGIN_MS } from '../expiry/expiry'
import type { RetryOptions } from '../engine/retry-policy'
import type { Sleep } from '../engine/sleep'
import type { TransportConfig } from '../transport/choose-transport'
import type { EndpointConfig } from '../types'
import type { PrepareMedia } from './preparation'
import type { ResumeStore } from './types'

/**
 * Everything an uploader is configured with; every field is optional.
 *
 * @example
 * ```ts
 * const uploader = createUploader({ baseUrl: '/api/x' })                 // through the app's proxy
 * const uploader = createUploader({ auth: { bearerToken: userToken } }) // straight to X (v2)
 * ```
 */
export interface UploaderConfig extends EndpointConfig {
  /** Leave out when `baseUrl` is the app's own proxy (it signs on the server). */
  auth?: AuthConfig
  /**
   * `'xhr'` reports bytes within a chunk (browsers), `'fetch'` works everywhere. Default:
   * XHR when `XMLHttpRequest` exists and progress is listened to, fetch otherwise.
   */
  transport?: TransportConfig
  /** The fetch the fetch transport calls (default: the global one, looked up per request). */
  fetch?: typeof fetch
  /** `APPEND`s in flight at once. Default 3, as X's widely used clients send. */
  concurrency?: number
  /** Bytes per `APPEND` segment; at most 5 MB (5 × 1,048,576). Default 4 MB (`DEFAULT_CHUNK_SIZE`), more when 1,000 segments would not cover the file. */
  chunkSize?: number
  /** Retry policy for network errors, 5xx and 429; `false` for a single attempt. */
  retry?: Partial<RetryOptions> | false
  /** Longest total wait for X's processing. Default 10 minutes. */
  processingTimeoutMs?: number
  /** At most one progress event (and one task notification) per interval. Default 100 ms. */
  progressIntervalMs?: number
  /** Media that expires within this margin counts as expired. Default 60 s: room for the post that uses it. */
  expiryMarginMs?: number
  /** Clock in epoch ms (injectable for tests). Default `Date.now`. */
  now?: () => number
  /** Timer (injectable for tests): must reject with `aborted` when the signal fires. */
  sleep?: Sleep
  /** Random source for backoff jitter. Default `Math.random`. */
  random?: () => number
  /** Where chunked uploads keep their resume state; `false` to keep none. Default: in memory. */
  resumeStore?: ResumeStore | false
  /**
   * Runs on each file before validation and upload (phase `preparing`), once per task:
   * e.g. `prepareMedia` from `@tweet-media/prepare`. The snapshot's `preparation` says what it changed.
   */
  prepare?: PrepareMedia
}

/** Defaults of {@link UploaderConfig}, exported so apps and docs quote the same numbers. */
export const UPLOADER_DEFAULTS = Object.freeze({
  concurrency: 3,
  processingTimeoutMs: 10 * 60_000,
  progressIntervalMs: 100,
  expiryMarginMs: EXPIRY_SAFETY_MARGIN_MS,
})
