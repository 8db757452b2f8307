import { RuleViolation } from '../rules/rule-violation'
import type { RouteContext } from './route-context'

/** X's words for a v2 JSON endpoint called without a JSON object body. */
export const NOT_A_JSON_OBJECT = 'Request body must be a JSON object.'
/** X's words for a v2 JSON endpoint called with a body of another content type. */
export const NOT_JSON_CONTENT_TYPE = 'Requests with bodies must have content-type of application/json'

function isJsonContentType(contentType: string | null): boolean {
  const essence = (contentType ?? '').split(';')[0]?.trim().toLowerCase()
  return essence === 'application/json'
}

/**
 * Refuses, as X does, a v2 JSON endpoint request (`initialize`, `finalize`, `metadata`,
 * subtitles) whose body is missing, not `application/json`, or JSON that is not an object.
 */
export function assertJsonObjectBody(ctx: RouteContext): void {
  const { params } = ctx
  if (params.encoding === 'none') throw new RuleViolation('invalid-request-body', NOT_A_JSON_OBJECT)
  if (!isJsonContentType(ctx.request.headers.get('content-type'))) {
    throw new RuleViolation('invalid-request-body', NOT_JSON_CONTENT_TYPE)
  }
  const json = params.json
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new RuleViolation('invalid-request-body', NOT_A_JSON_OBJECT)
  }
}
