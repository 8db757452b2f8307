import type { HttpHandler } from 'msw'
import type { OAuth1Secrets } from './handlers/auth'
import { createHttpHandlers, createResponder, type HandlerDeps, type Responder } from './handlers/media-handlers'
import { X_BASES, parseBase, type AuthPolicy } from './handlers/routes'
import { registerMediaMock } from './inspector/mock-registry'
import { MediaRules } from './rules/media-rules'
import type { ScenarioOptions } from './scenarios/scenario-options'
import { ScenarioRuntime } from './scenarios/scenario-runtime'
import type { PartsDigest } from './store/media-record'
import { MediaStore, type StoreLimits } from './store/media-store'
import { systemClock, type Clock } from './support/clock'
import { createRandom, type Random } from './support/random'

/** Options of {@link createMediaMock}: where to answer, how to authenticate, and the scenario. */
export interface MediaMockOptions extends ScenarioOptions {
  /** Seed of every random decision and of the media ids (default 1). */
  seed?: number
  /** The clock for expiry, processing and rate limits (default: the system clock). */
  clock?: Clock
  /**
   * Also answer under these bases: an absolute URL (`http://localhost:4010`), a path
   * relative to the page (`/api/x`, an app's proxy) or `*` (any host). Both dialects are
   * served under each (`{base}/1.1/…`, `{base}/2/…`).
   */
  baseUrl?: string | readonly string[]
  /** Answer on X's own hosts (`upload.twitter.com`, `upload.x.com`, `api.x.com`); default true. */
  xHosts?: boolean
  /**
   * Whether requests under `baseUrl` must carry an `Authorization` header. `'required'`
   * (the default) refuses them as X does. `'optional'` suits a base that stands in for
   * your app's proxy, which adds credentials on its way to X so the browser sends none:
   * requests without them are then served as the user `'anonymous'` (`ANONYMOUS_OWNER`).
   * X's own hosts always require credentials, as X does.
   * @example
   * createMediaMock({ baseUrl: '/api/x', xHosts: false, auth: 'optional' })
   */
  auth?: AuthPolicy
  /** How much the store keeps (media count, bytes, logged requests); least recently used first. */
  store?: StoreLimits
  /** Verify OAuth 1.0a signatures with these secrets (otherwise any well-formed header passes). */
  oauth1?: OAuth1Secrets
}

/** A running mock: its msw handlers, the store behind them, and live scenario controls. */
export interface MediaMock {
  /** Pass to `setupServer(...)`, `setupWorker(...)` or a story's `parameters.msw`. */
  readonly handlers: HttpHandler[]
  /** What the mock holds and saw; read it in assertions. */
  readonly store: MediaStore
  /** The scenario now in force. */
  readonly scenario: Readonly<ScenarioOptions>
  /** Changes the scenario live (latency, failures, processing, expiry, …). */
  configure(partial: ScenarioOptions): void
  /** Empties the store and returns to the options given at creation. */
  reset(): void
}

const ID_SEED_SALT = 0x9e3779b9

/**
 * Creates a stateful mock of X's media upload API (v1.1 and v2) for msw.
 * Use it where tests, stories or dev servers would otherwise talk to X.
 * @example
 * const mock = createMediaMock({ seed: 1 })
 * const server = setupServer(...mock.handlers)
 * afterEach(() => mock.reset())
 */
export function createMediaMock(options: MediaMockOptions = {}): MediaMock {
  return createMediaMockWith(options, {})
}

/** What a host environment may supply beyond the options (the standalone server: Node's SHA-256). @internal */
export interface MockInternals {
  digest?: PartsDigest
}

/** {@link createMediaMock} with host-supplied internals. @internal */
export function createMediaMockWith(options: MediaMockOptions, internals: MockInternals): MediaMock {
  const { seed = 1, clock = systemClock, baseUrl, xHosts = true, auth = 'required', oauth1, store: limits, ...scenario } = options
  const store = new MediaStore(clock, limits, internals.digest)
  const runtime = new ScenarioRuntime(scenario, seed, clock)
  let ids: Random = createRandom(seed ^ ID_SEED_SALT)
  const rules = new MediaRules(
    store,
    () => ids,
    () => ({ expiresAfterSecs: runtime.expiresAfterSecs(), processing: runtime.processing() }),
  )
  const extraBases = baseUrl === undefined ? [] : typeof baseUrl === 'string' ? [baseUrl] : baseUrl
  const bases = [...(xHosts ? X_BASES : []), ...extraBases.map((base) => parseBase(base, auth))]
  const deps: HandlerDeps = { store, rules, runtime, bases, oauth1 }
  const mock: MediaMock = {
    handlers: createHttpHandlers(deps),
    store,
    get scenario() {
      return runtime.options
    },
    configure: (partial) => runtime.configure(partial),
    reset: () => {
      store.reset()
      runtime.reset()
      ids = createRandom(seed ^ ID_SEED_SALT)
    },
  }
  RESPONDERS.set(mock, createResponder(deps))
  // The Storybook panel finds a story's mock from its handlers.
  registerMediaMock(mock)
  return mock
}

const RESPONDERS = new WeakMap<MediaMock, Responder>()

/**
 * The mock's own answer to a request, without msw: msw clones every request it handles,
 * which keeps a second copy of each upload body in memory. @internal
 */
export function responderOf(mock: MediaMock): Responder {
  const respond = RESPONDERS.get(mock)
  if (!respond) throw new TypeError('Not a mock made by createMediaMock')
  return respond
}

/**
 * Just the msw handlers of a new mock, when the store is not needed.
 * @example
 * const worker = setupWorker(...createMediaHandlers({ baseUrl: '/api/x' }))
 */
export function createMediaHandlers(options: MediaMockOptions = {}): HttpHandler[] {
  return createMediaMock(options).handlers
}
