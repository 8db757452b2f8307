import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import type { MediaRules } from '../rules/media-rules'
import { RuleViolation } from '../rules/rule-violation'
import type { ScenarioRuntime } from '../scenarios/scenario-runtime'
import type { MediaStore } from '../store/media-store'
import type { RequestOutcome } from '../store/types'
import { ANONYMOUS_OWNER, authenticate, type AuthResult, type OAuth1Secrets } from './auth'
import { maxBodyBytes, type BodyReader } from './body-limit'
import { DIALECTS } from './dialects'
import { authFailureResponse, injectedFailureResponse } from './failure-responses'
import { readRequestParams } from './request-params'
import { stepOfRequest } from './request-step'
import type { RequestNote, RouteContext } from './route-context'
import { matchRoute, type RouteMatch, type ServedBase } from './routes'

/** What the handlers work with: one store, one set of rules, one live scenario. */
export interface HandlerDeps {
  store: MediaStore
  rules: MediaRules
  runtime: ScenarioRuntime
  bases: readonly ServedBase[]
  oauth1: OAuth1Secrets | undefined
}

function withHeaders(response: Response, headers: Record<string, string> | undefined): Response {
  if (headers) for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

async function answer(request: Request, route: RouteMatch, deps: HandlerDeps, readBody: BodyReader | undefined): Promise<Response> {
  const { store, runtime } = deps
  const url = new URL(request.url)
  const time = store.clock.now()
  const number = runtime.nextRequest()
  const note: RequestNote = {}
  const dialect = DIALECTS[route.api]
  const finish = (response: Response, outcome: RequestOutcome): Response => {
    store.logRequest({
      time,
      method: request.method,
      url: request.url,
      path: url.pathname,
      api: route.api,
      step: note.step,
      mediaId: note.mediaId,
      segmentIndex: note.segmentIndex,
      status: response.status,
      outcome,
    })
    return response
  }

  const latency = runtime.latency()
  if (latency > 0) await delay(latency)
  if (runtime.dropsRequest(number)) return finish(HttpResponse.error(), 'dropped')
  // X refuses a request without credentials before it reads the body; an app's proxy
  // (a base with `auth: 'optional'`) adds them on its way to X, so the browser sends none.
  const anonymous = !request.headers.get('authorization')
  if (anonymous && route.auth === 'required') return finish(dialect.unauthorized('missing'), 'unauthorized')

  let rateHeaders: Record<string, string> | undefined
  try {
    const params = await readRequestParams(request, maxBodyBytes(route.name), readBody)
    const auth: AuthResult = anonymous
      ? { ok: true, principal: ANONYMOUS_OWNER }
      : await authenticate(request, params.formPairs, deps.oauth1)
    if (!auth.ok) return finish(dialect.unauthorized(auth.reason), 'unauthorized')
    const refusal = anonymous ? undefined : runtime.authFailure()
    if (refusal) return finish(authFailureResponse(route.api, refusal), 'unauthorized')
    const verdict = runtime.rateLimit()
    const step = stepOfRequest(route, params, request.method)
    const endpointVerdict = runtime.endpointRateLimit(auth.principal, step)
    rateHeaders = endpointVerdict?.headers ?? verdict?.headers
    if (verdict?.limited || endpointVerdict?.limited) {
      // Logged with what it was for, so a test can tell which segment waited.
      const segment = params.get('segment_index')
      note.step = step
      note.mediaId = route.pathMediaId ?? params.get('media_id')
      note.segmentIndex = segment !== undefined && /^\d+$/.test(segment) ? Number(segment) : undefined
      return finish(withHeaders(dialect.rateLimited(), rateHeaders), 'rate-limited')
    }
    let injected = false
    const ctx: RouteContext = {
      request,
      route,
      params,
      principal: auth.principal,
      rules: deps.rules,
      now: () => store.clock.now(),
      note,
      strictJsonBodies: runtime.strictJsonBodies(),
      appendFailure: () => {
        const status = runtime.appendFailure()
        if (status === undefined) return undefined
        injected = true
        return injectedFailureResponse(route.api, status, runtime.failureBody())
      },
    }
    const response = dialect.answer(ctx)
    return finish(withHeaders(response, rateHeaders), injected ? 'injected-failure' : 'ok')
  } catch (error) {
    // A client that aborts mid-body (a canceled upload) gets no answer, as from a real server.
    if (request.signal.aborted || (error instanceof Error && error.name === 'AbortError')) {
      return finish(HttpResponse.error(), 'aborted')
    }
    if (!(error instanceof RuleViolation)) throw error
    return finish(withHeaders(dialect.violation(error, route.path), rateHeaders), 'rejected')
  }
}

/**
 * Answers a request for one of the mock's endpoints; `undefined` for any other request.
 * A host that reads bodies itself (the standalone server, from the socket) passes `readBody`.
 */
export type Responder = (request: Request, readBody?: BodyReader) => Promise<Response | undefined>

/** The mock's answer to any request, without msw in between (the standalone server uses it). */
export function createResponder(deps: HandlerDeps): Responder {
  return async (request, readBody) => {
    const route = matchRoute(request, deps.bases)
    return route ? answer(request, route, deps, readBody) : undefined
  }
}

/**
 * The msw handlers for every endpoint of both dialects on the served bases. One handler
 * matches them all, so scenario decisions (latency, drops, 429s) apply uniformly.
 */
export function createHttpHandlers(deps: HandlerDeps): HttpHandler[] {
  const respond = createResponder(deps)
  return [http.all(({ request }) => matchRoute(request, deps.bases) !== undefined, ({ request }) => respond(request))]
}
