import type { OAuth1Secrets } from '../handlers/auth'
import type { ScenarioOptions } from '../scenarios/scenario-options'

/** What the flags beyond where to listen set: every other option of `createMockServer`. */
export interface MockFlags {
  /** Scenario options given one by one; they override the preset's. */
  scenarioOptions?: ScenarioOptions
  /** OAuth 1.0a secrets to verify signatures with (both flags together). */
  oauth1?: Partial<OAuth1Secrets>
  /** `false` with `--no-inspector`. */
  inspector?: boolean
}

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
  --expires-after-secs <n>         expires_after_secs of new ids (default 86400)
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
 * Reads one of the scenario, OAuth 1.0a and inspector flags into `into`; `next` gives the
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
