import type { ProcessingSettings } from '../rules/processing'
import type { UploadStep } from '../store/types'
import type { Clock } from '../support/clock'
import { EndpointWindows, endpointOfStep } from './endpoint-rate-limits'
import { createRandom, type Random } from '../support/random'
import {
  DEFAULT_CHECK_AFTER_SECS,
  DEFAULT_EXPIRES_AFTER_SECS,
  DEFAULT_PROCESSING_ERROR,
  DEFAULT_RATE_LIMIT_WINDOW_SECS,
  DEFAULT_ROUNDS,
  type AuthFailure,
  type FailureBody,
  type ScenarioOptions,
} from './scenario-options'

/** The rate-limit verdict for one request, with the headers X would send. */
export interface RateLimitVerdict {
  limited: boolean
  headers: Record<string, string>
}

/**
 * The live state of a scenario: its options (changeable at any time), request and
 * `APPEND` counters, the rate-limit window, and the seeded generator every decision
 * draws from.
 */
export class ScenarioRuntime {
  #options: ScenarioOptions
  #random: Random
  #requests = 0
  #appends = 0
  #window: { start: number; count: number } | undefined
  readonly #endpointWindows = new EndpointWindows()

  constructor(
    private readonly initial: ScenarioOptions,
    private readonly seed: number,
    private readonly clock: Clock,
  ) {
    this.#options = { ...initial }
    this.#random = createRandom(seed)
  }

  get options(): Readonly<ScenarioOptions> {
    return this.#options
  }

  /** Merges new options into the live scenario (`processing` and `rateLimit` merge one level deep). */
  configure(partial: ScenarioOptions): void {
    const processing =
      partial.processing === undefined ? this.#options.processing : { ...this.#options.processing, ...partial.processing }
    this.#options = { ...this.#options, ...partial, ...(processing ? { processing } : {}) }
    if ('rateLimit' in partial) this.#window = undefined
    if ('endpointRateLimits' in partial) this.#endpointWindows.clear()
  }

  /** Back to the options given at creation, counters at zero, generator reseeded. */
  reset(): void {
    this.#options = { ...this.initial }
    this.#random = createRandom(this.seed)
    this.#requests = 0
    this.#appends = 0
    this.#window = undefined
    this.#endpointWindows.clear()
  }

  /** Counts a request and returns its 1-based number. */
  nextRequest(): number {
    this.#requests += 1
    return this.#requests
  }

  /** Milliseconds to wait before answering. */
  latency(): number {
    const { latencyMs } = this.#options
    if (latencyMs === undefined) return 0
    if (typeof latencyMs === 'number') return latencyMs
    return Math.round(latencyMs.min + this.#random() * (latencyMs.max - latencyMs.min))
  }

  /** Whether request number `n` loses its connection. */
  dropsRequest(n: number): boolean {
    const { offline, dropRequestNumbers, dropConnectionRate } = this.#options
    if (offline) return true
    if (dropRequestNumbers?.includes(n)) return true
    return dropConnectionRate !== undefined && dropConnectionRate > 0 && this.#random() < dropConnectionRate
  }

  /** Counts an `APPEND`; returns the 5xx status to answer it with, or `undefined`. */
  appendFailure(): number | undefined {
    this.#appends += 1
    const { failAppendNumbers, appendFailureRate, appendFailureStatus = 503 } = this.#options
    if (failAppendNumbers?.includes(this.#appends)) return appendFailureStatus
    if (appendFailureRate !== undefined && appendFailureRate > 0 && this.#random() < appendFailureRate) {
      return appendFailureStatus
    }
    return undefined
  }

  /** Counts a request against the rate-limit window; `undefined` when no limit is set. */
  rateLimit(): RateLimitVerdict | undefined {
    const limit = this.#options.rateLimit
    if (!limit) return undefined
    const now = this.clock.now()
    const windowMs = (limit.resetAfterSecs ?? DEFAULT_RATE_LIMIT_WINDOW_SECS) * 1000
    if (!this.#window || now >= this.#window.start + windowMs) this.#window = { start: now, count: 0 }
    this.#window.count += 1
    const remaining = Math.max(0, limit.afterRequests - this.#window.count)
    return {
      limited: this.#window.count > limit.afterRequests,
      headers: {
        'x-rate-limit-limit': String(limit.afterRequests),
        'x-rate-limit-remaining': String(remaining),
        'x-rate-limit-reset': String(Math.ceil((this.#window.start + windowMs) / 1000)),
      },
    }
  }

  /**
   * Counts a request of `user` against its endpoint's window (when the scenario enforces
   * X's per-endpoint limits); `undefined` otherwise.
   */
  endpointRateLimit(user: string, step: UploadStep | undefined): RateLimitVerdict | undefined {
    const options = this.#options.endpointRateLimits
    if (!options || !step) return undefined
    return this.#endpointWindows.count(user, endpointOfStep(step), options, this.clock.now())
  }

  /** Processing settings for a media item finalized now. */
  processing(): ProcessingSettings {
    const { rounds = DEFAULT_ROUNDS, checkAfterSecs = DEFAULT_CHECK_AFTER_SECS, fail, errorState = 'failed' } = this.#options.processing ?? {}
    return {
      rounds,
      checkAfterSecs,
      failWith: fail === true ? DEFAULT_PROCESSING_ERROR : fail || undefined,
      errorState,
    }
  }

  /** How injected failures are written. */
  failureBody(): FailureBody {
    return this.#options.failureBody ?? 'x'
  }

  /** The token refusal in force, if any. */
  authFailure(): AuthFailure | undefined {
    return this.#options.authFailure ?? undefined
  }

  /** Whether v2 JSON endpoints insist on a JSON object body (X's behaviour, the default). */
  strictJsonBodies(): boolean {
    return this.#options.strictJsonBodies ?? true
  }

  /** `expires_after_secs` for an id issued now. */
  expiresAfterSecs(): number {
    return this.#options.expiresAfterSecs ?? DEFAULT_EXPIRES_AFTER_SECS
  }
}
