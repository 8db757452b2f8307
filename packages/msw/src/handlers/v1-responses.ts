import type { MediaRecord } from '../store/media-record'
import { VIOLATION_ANSWERS, type RuleViolation } from '../rules/rule-violation'
import { jsonResponse, mediaJson } from './media-json'

const ID_PLACEHOLDER = '#media_id#'

/**
 * A v1.1 media object. `media_id` is written as the bare 19-digit integer X sends, so a
 * client that reads it as a JS number loses precision exactly as it would against X.
 */
export function v1MediaResponse(record: MediaRecord, now: number, status: number): Response {
  const body = { media_id: ID_PLACEHOLDER, media_id_string: record.id, ...mediaJson(record, now) }
  return jsonResponse(JSON.stringify(body).replace(`"${ID_PLACEHOLDER}"`, record.id), status)
}

const errors = (code: number, message: string): string => JSON.stringify({ errors: [{ code, message }] })

/** A broken rule in v1.1's words: `{ errors: [{ code, message }] }` or `{ request, error }`. */
export function v1ViolationResponse(violation: RuleViolation, path: string): Response {
  const answer = VIOLATION_ANSWERS[violation.kind]
  const body =
    answer.v1Shape === 'upload-error'
      ? JSON.stringify({ request: path, error: violation.message })
      : errors(answer.v1Code, violation.message)
  return jsonResponse(body, answer.status)
}

/**
 * v1.1's refusals: no credentials is 400 code 215 "Bad Authentication data."; credentials
 * that do not verify are 401 code 32 "Could not authenticate you.".
 */
export function v1UnauthorizedResponse(reason: 'missing' | 'invalid'): Response {
  return reason === 'missing'
    ? jsonResponse(errors(215, 'Bad Authentication data.'), 400)
    : jsonResponse(errors(32, 'Could not authenticate you.'), 401)
}

/** 403 code 220: the credentials may not use this endpoint (an app-only token, a missing scope). */
export function v1ForbiddenResponse(): Response {
  return jsonResponse(errors(220, 'Your credentials do not allow access to this resource.'), 403)
}

/** 429 with code 88 "Rate limit exceeded". */
export function v1RateLimitedResponse(): Response {
  return jsonResponse(errors(88, 'Rate limit exceeded'), 429)
}

/** A transient server failure: 503 "Over capacity" (130) or 500 "Internal error" (131). */
export function v1ServerErrorResponse(status: number): Response {
  return jsonResponse(status === 503 ? errors(130, 'Over capacity') : errors(131, 'Internal error'), status)
}
