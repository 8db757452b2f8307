import type { MediaRecord } from '../store/media-record'
import { VIOLATION_ANSWERS, type RuleViolation } from '../rules/rule-violation'
import { jsonResponse, mediaJson, type JsonObject } from './media-json'

const PROBLEM_TYPE_INVALID_REQUEST = 'https://api.x.com/2/problems/invalid-request'

const HTTP_TITLES: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

/** The reason phrase of an HTTP status (`Error` for one not listed). */
export function statusTitle(status: number): string {
  return HTTP_TITLES[status] ?? 'Error'
}

/** A v2 `{ data: … }` answer. */
export function v2DataResponse(data: JsonObject, status = 200): Response {
  return jsonResponse(JSON.stringify({ data }), status)
}

/** A v2 media object in the `data` envelope. */
export function v2MediaResponse(record: MediaRecord, now: number): Response {
  return v2DataResponse({ id: record.id, ...mediaJson(record, now) })
}

/**
 * A generic problem (`type: about:blank`) for a status, as X sends for 401, 429 and 5xx;
 * `detail` repeats the title unless given.
 */
export function v2StatusProblem(status: number, detail?: string): Response {
  const title = statusTitle(status)
  return jsonResponse(JSON.stringify({ title, detail: detail ?? title, type: 'about:blank', status }), status)
}

/**
 * A broken rule as an RFC 7807 problem: X's "Invalid Request" with the parameter at
 * fault in `errors[].parameters`.
 */
export function v2ViolationResponse(violation: RuleViolation): Response {
  const { status } = VIOLATION_ANSWERS[violation.kind]
  if (status !== 400) return v2StatusProblem(status, violation.message)
  const error: JsonObject = { message: violation.message }
  if (violation.parameter) error.parameters = { [violation.parameter]: [violation.value ?? ''] }
  return jsonResponse(
    JSON.stringify({
      errors: [error],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: PROBLEM_TYPE_INVALID_REQUEST,
    }),
    400,
  )
}
