import type { OAuth1Secrets } from '../handlers/auth'
import { X_RATE_LIMITS, type EndpointRateLimitOptions, type RateLimitedEndpoint } from '../scenarios/endpoint-rate-limits'
import { X_PROCESSING_ERRORS, type AuthFailure, type FailureBody, type ScenarioOptions } from '../scenarios/scenario-options'
import type { StoreLimits } from '../store/media-store'

/** What the flags beyond where to listen set: every other option of `createMockServer`. */
export interface MockFlags {
  /** Scenario options given one by one; they override the preset's. */
  scenarioOptions?: ScenarioOptions
  /** OAuth 1.0a secrets to verify signatures with (both flags together). */
  oauth1?: Partial<OAuth1Secrets>
  /** How much the store keeps (`--max-media`, `--max-bytes`, `--max-logged-requests`). */
  store?: StoreLimits
  /** `false` with `--no-inspector`. */
  inspector?: boolean
}

const FAILURE_BODIES: readonly FailureBody[] = ['x', 'string-errors', 'cdn-html']
const AUTH_FAILURES: readonly AuthFailure[] = ['missing-scope', 'app-only']

/** Help text of the flags read by {@link readMockFlag}. */
export const MOCK_FLAGS_USAGE = `Scenario (each overrides the preset's value):
  --latency <ms|min-max>           delay before each answer
  --append-failure-rate <0..1>     fraction of APPENDs answered with a 5xx
  --fail-appends <n,n,...>         fail exactly these APPENDs (1-based)
  --append-failure-status <5xx>    status of injected failures (default 503)
  --drop-rate <0..1>               fraction of connections dropped
  --drop-requests <n,n,...>        drop exactly these requests (1-based)
  --offline                        drop every connection
  --rate-limit <n>[/<secs>]        answer 429 after n requests per window (default 900 s)
  --processing-rounds <n>          in_progress answers before the final state (default 2)
  --check-after-secs <n>           check_after_secs of processing (default 1)
  --fail-processing                end video and GIF processing in "failed"
  --processing-error <name>        end processing with X's error: ${Object.keys(X_PROCESSING_ERRORS).join(', ')}
  --processing-error-state <s>     state beside the error: failed (default) or in_progress
  --expires-after-secs <n>         expires_after_secs of new ids (default 86400)
  --failure-body <kind>            body of injected failures: ${FAILURE_BODIES.join(', ')} (default x)
  --auth-failure <kind>            refuse every token as X does: ${AUTH_FAILURES.join(', ')}
  --endpoint-rate-limits <x|endpoint=n,...>[/<secs>]
                                   X's per-user windows per endpoint ("x": X's numbers;
                                   endpoints: ${Object.keys(X_RATE_LIMITS).join(', ')})
  --no-strict-json-bodies          accept v2 JSON endpoints without a JSON object body
Store (least recently used media go first):
  --max-media <n>                  media kept at most (default 1000)
  --max-bytes <n>                  bytes of media kept at most (default 536870912)
  --max-logged-requests <n>        requests kept in the store's log (default 10000)
Authentication:
  --oauth1-consumer-secret <s>     with --oauth1-token-secret: verify OAuth 1.0a signatures
  --oauth1-token-secret <s>
Inspector:
  --no-inspector                   do not serve /__inspector/ (page, live feed, control API)`

/** Thrown for a flag value the CLI cannot use. */
export class MockFlagError extends Error {
  override readonly name = 'MockFlagError'
}

function count(flag: string, value: string | undefined, max = 1_000_000_000): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) > max) {
    throw new MockFlagError(`${flag} needs a whole number from 0 to ${max}, got ${value ?? 'nothing'}`)
  }
  return Number(value)
}

function rate(flag: string, value: string | undefined): number {
  const number = Number(value)
  if (value === undefined || value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) {
    throw new MockFlagError(`${flag} needs a fraction from 0 to 1, got ${value ?? 'nothing'}`)
  }
  return number
}

function numbers(flag: string, value: string | undefined): number[] {
  if (!value || !/^\d+(,\d+)*$/.test(value)) throw new MockFlagError(`${flag} needs numbers separated by commas, got ${value ?? 'nothing'}`)
  return value.split(',').map(Number)
}

function oneOf<T extends string>(flag: string, value: string | undefined, choices: readonly T[]): T {
  const choice = choices.find((candidate) => candidate === value)
  if (choice === undefined) throw new MockFlagError(`${flag} needs one of ${choices.join(', ')}, got ${value ?? 'nothing'}`)
  return choice
}

/** `x` (X's own numbers) or `append=10,status=5`, then an optional `/<window secs>`. */
function endpointRateLimits(value: string | undefined): EndpointRateLimitOptions {
  const flag = '--endpoint-rate-limits'
  const [list = '', secs] = (value ?? '').split('/', 2)
  const options: EndpointRateLimitOptions = secs === undefined ? {} : { windowSecs: count(`${flag} window`, secs, 86_400) }
  if (options.windowSecs === 0) throw new MockFlagError(`${flag} window needs at least 1 second`)
  if (list === 'x') return options
  const endpoints = Object.keys(X_RATE_LIMITS) as RateLimitedEndpoint[]
  const limits: Partial<Record<RateLimitedEndpoint, number>> = {}
  for (const pair of list.split(',')) {
    const [name, limit] = pair.split('=', 2)
    limits[oneOf(`${flag} endpoint`, name, endpoints)] = count(`${flag} ${name ?? ''}`, limit)
  }
  return { ...options, limits }
}

function latency(value: string | undefined): ScenarioOptions['latencyMs'] {
  const range = /^(\d+)-(\d+)$/.exec(value ?? '')
  if (!range) return count('--latency', value, 600_000)
  const [min, max] = [Number(range[1]), Number(range[2])]
  if (min > max || max > 600_000) throw new MockFlagError(`--latency range must be min-max up to 600000, got ${value}`)
  return { min, max }
}

function rateLimit(value: string | undefined): ScenarioOptions['rateLimit'] {
  const [after, secs] = (value ?? '').split('/', 2)
  const afterRequests = count('--rate-limit', after)
  return secs === undefined ? { afterRequests } : { afterRequests, resetAfterSecs: count('--rate-limit window', secs, 86_400) }
}

/**
 * Reads one of the scenario, store, OAuth 1.0a and inspector flags into `into`; `next` gives the
 * flag's value (only read by flags that take one). Returns `false` for any other flag.
 */
export function readMockFlag(flag: string, next: () => string | undefined, into: MockFlags): boolean {
  const scenario = (options: ScenarioOptions): true => {
    const current = into.scenarioOptions ?? {}
    const processing = options.processing ? { processing: { ...current.processing, ...options.processing } } : {}
    into.scenarioOptions = { ...current, ...options, ...processing }
    return true
  }
  switch (flag) {
    case '--latency':
      return scenario({ latencyMs: latency(next()) })
    case '--append-failure-rate':
      return scenario({ appendFailureRate: rate(flag, next()) })
    case '--fail-appends':
      return scenario({ failAppendNumbers: numbers(flag, next()) })
    case '--append-failure-status': {
      const status = count(flag, next(), 599)
      if (status < 500) throw new MockFlagError(`${flag} needs a 5xx status, got ${status}`)
      return scenario({ appendFailureStatus: status })
    }
    case '--drop-rate':
      return scenario({ dropConnectionRate: rate(flag, next()) })
    case '--drop-requests':
      return scenario({ dropRequestNumbers: numbers(flag, next()) })
    case '--offline':
      return scenario({ offline: true })
    case '--rate-limit':
      return scenario({ rateLimit: rateLimit(next()) })
    case '--processing-rounds':
      return scenario({ processing: { rounds: count(flag, next(), 1000) } })
    case '--check-after-secs':
      return scenario({ processing: { checkAfterSecs: count(flag, next(), 3600) } })
    case '--fail-processing':
      return scenario({ processing: { fail: true } })
    case '--processing-error': {
      const names = Object.keys(X_PROCESSING_ERRORS) as (keyof typeof X_PROCESSING_ERRORS)[]
      return scenario({ processing: { fail: { ...X_PROCESSING_ERRORS[oneOf(flag, next(), names)] } } })
    }
    case '--processing-error-state':
      return scenario({ processing: { errorState: oneOf(flag, next(), ['failed', 'in_progress'] as const) } })
    case '--failure-body':
      return scenario({ failureBody: oneOf(flag, next(), FAILURE_BODIES) })
    case '--auth-failure':
      return scenario({ authFailure: oneOf(flag, next(), AUTH_FAILURES) })
    case '--endpoint-rate-limits':
      return scenario({ endpointRateLimits: endpointRateLimits(next()) })
    case '--no-strict-json-bodies':
      return scenario({ strictJsonBodies: false })
    case '--max-media':
    case '--max-bytes':
    case '--max-logged-requests': {
      const key = ({ '--max-media': 'maxMedia', '--max-bytes': 'maxBytes', '--max-logged-requests': 'maxLoggedRequests' } as const)[flag]
      into.store = { ...into.store, [key]: count(flag, next(), Number.MAX_SAFE_INTEGER) }
      return true
    }
    case '--expires-after-secs': {
      const secs = count(flag, next(), 86_400 * 30)
      if (secs < 1) throw new MockFlagError(`${flag} needs at least 1`)
      return scenario({ expiresAfterSecs: secs })
    }
    case '--oauth1-consumer-secret':
    case '--oauth1-token-secret': {
      const secret = next()
      if (!secret) throw new MockFlagError(`${flag} needs a secret`)
      const key = flag === '--oauth1-consumer-secret' ? 'consumerSecret' : 'tokenSecret'
      into.oauth1 = { ...into.oauth1, [key]: secret }
      return true
    }
    case '--no-inspector':
      into.inspector = false
      return true
    default:
      return false
  }
}

/** The OAuth 1.0a secrets, once both flags were given. */
export function oauth1Of(flags: MockFlags): OAuth1Secrets | undefined {
  const { consumerSecret, tokenSecret } = flags.oauth1 ?? {}
  if (flags.oauth1 === undefined) return undefined
  if (!consumerSecret || !tokenSecret) throw new MockFlagError('--oauth1-consumer-secret and --oauth1-token-secret go together')
  return { consumerSecret, tokenSecret }
}

/** A preset with the flags' options on top (`processing` merged one level deep, as `configure` does). */
export function scenarioWithFlags(preset: ScenarioOptions, flags: MockFlags): ScenarioOptions {
  const own = flags.scenarioOptions ?? {}
  const processing = preset.processing || own.processing ? { processing: { ...preset.processing, ...own.processing } } : {}
  return { ...preset, ...own, ...processing }
}
