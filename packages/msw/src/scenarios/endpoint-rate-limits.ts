import type { UploadStep } from '../store/types'

/** The endpoints X rate-limits separately, per user. */
export type RateLimitedEndpoint = 'upload' | 'status' | 'initialize' | 'append' | 'finalize' | 'metadata' | 'subtitles'

/**
 * X's per-user limits per 15-minute window (its rate-limit page, 2026): one-shot upload
 * 500, STATUS 1,000, initialize / append / finalize 1,875 each, metadata 500, subtitles 100.
 */
export const X_RATE_LIMITS: Readonly<Record<RateLimitedEndpoint, number>> = Object.freeze({
  upload: 500,
  status: 1000,
  initialize: 1875,
  append: 1875,
  finalize: 1875,
  metadata: 500,
  subtitles: 100,
})

/** X's per-user window, per endpoint. */
export interface EndpointRateLimitOptions {
  /** Requests per user per window, per endpoint; unlisted ones keep X's ({@link X_RATE_LIMITS}). */
  limits?: Partial<Record<RateLimitedEndpoint, number>>
  /** Window length in seconds (default 900, X's 15 minutes). */
  windowSecs?: number
}

const STEP_ENDPOINTS: Record<UploadStep, RateLimitedEndpoint> = {
  UPLOAD: 'upload',
  STATUS: 'status',
  INIT: 'initialize',
  APPEND: 'append',
  FINALIZE: 'finalize',
  METADATA: 'metadata',
  SUBTITLES: 'subtitles',
}

/** The endpoint whose window a step counts against. */
export function endpointOfStep(step: UploadStep): RateLimitedEndpoint {
  return STEP_ENDPOINTS[step]
}

/** Windows older than this many are swept, so a mock serving many users stays bounded. */
const SWEEP_EVERY = 1024

/** One window per user and endpoint, opened by its first request. */
export class EndpointWindows {
  readonly #windows = new Map<string, { start: number; count: number }>()

  /** Counts a request; its `x-rate-limit-*` headers and whether it is over the limit. */
  count(user: string, endpoint: RateLimitedEndpoint, options: EndpointRateLimitOptions, now: number): { limited: boolean; headers: Record<string, string> } {
    const limit = options.limits?.[endpoint] ?? X_RATE_LIMITS[endpoint]
    const windowMs = (options.windowSecs ?? 900) * 1000
    if (this.#windows.size >= SWEEP_EVERY) this.#sweep(now, windowMs)
    const key = `${endpoint} ${user}`
    let window = this.#windows.get(key)
    if (!window || now >= window.start + windowMs) {
      window = { start: now, count: 0 }
      this.#windows.set(key, window)
    }
    window.count += 1
    return {
      limited: window.count > limit,
      headers: {
        'x-rate-limit-limit': String(limit),
        'x-rate-limit-remaining': String(Math.max(0, limit - window.count)),
        'x-rate-limit-reset': String(Math.ceil((window.start + windowMs) / 1000)),
      },
    }
  }

  #sweep(now: number, windowMs: number): void {
    for (const [key, window] of this.#windows) if (now >= window.start + windowMs) this.#windows.delete(key)
  }

  clear(): void {
    this.#windows.clear()
  }
}
