import type { AuthFailure, FailureBody } from '../scenarios/scenario-options'
import type { ApiVersion } from '../store/types'
import { jsonResponse } from './media-json'
import { v1ForbiddenResponse, v1ServerErrorResponse } from './v1-responses'
import { statusTitle, v2StatusProblem } from './v2-responses'

/** The body the v2 endpoints were seen to answer a 500 with: strings, not objects. */
export const STRING_ERRORS_BODY = '{"errors":["internal server error"]}'

/** A CDN's own error page in front of X: HTML, not JSON. */
function cdnErrorPage(status: number): Response {
  const title = `${status} ${statusTitle(status)}`
  const html = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n</body>\r\n</html>\r\n`
  return new Response(html, { status, headers: { 'content-type': 'text/html' } })
}

/** An injected server failure (a scenario's), written as the scenario's `failureBody` says. */
export function injectedFailureResponse(api: ApiVersion, status: number, body: FailureBody): Response {
  if (body === 'string-errors') return jsonResponse(STRING_ERRORS_BODY, status)
  if (body === 'cdn-html') return cdnErrorPage(status)
  return api === 'v1.1' ? v1ServerErrorResponse(status) : v2StatusProblem(status)
}

/** X's v2 answer to an OAuth 2.0 user token without the `media.write` scope. */
const MISSING_SCOPE_PROBLEM = { title: 'Forbidden', type: 'about:blank', status: 403, detail: 'Forbidden' }

/** X's v2 answer to an application-only bearer token on a user-context endpoint. */
const APP_ONLY_PROBLEM = {
  title: 'Unsupported Authentication',
  detail:
    'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].',
  type: 'https://api.twitter.com/2/problems/unsupported-authentication',
  status: 403,
}

/** X's refusal of a token that may not upload media, as `application/problem+json` (v2) or code 220 (v1.1). */
export function authFailureResponse(api: ApiVersion, failure: AuthFailure): Response {
  if (api === 'v1.1') return v1ForbiddenResponse()
  const body = failure === 'missing-scope' ? MISSING_SCOPE_PROBLEM : APP_ONLY_PROBLEM
  return new Response(JSON.stringify(body), { status: 403, headers: { 'content-type': 'application/problem+json' } })
}
