import { errorFromResponse } from '../errors/error-from-response'
import { isRecord, parseJson, type JsonRecord } from './json-fields'
import { invalidResponse } from './invalid-response'
import type { ParseContext, RawResponse } from './raw-response'

const isSuccess = (status: number): boolean => status >= 200 && status < 300

/** Throws the mapped error unless the status is 2xx. */
export function assertSuccess(response: RawResponse, context: ParseContext): void {
  if (!isSuccess(response.status)) throw errorFromResponse(response, context.receivedAt)
}

/**
 * The media object of a 2xx JSON answer: the body itself in v1.1, `data` in v2. An answer
 * that carries only errors (v2 can send them with 200) is mapped like an error status.
 */
export function readMediaObject(response: RawResponse, context: ParseContext): JsonRecord {
  assertSuccess(response, context)
  const json = parseJson(response.body)
  if (!isRecord(json)) throw invalidResponse(response.status, 'the body is not a JSON object')
  const hasErrors = json.errors !== undefined || json.error !== undefined
  if (context.dialect === 'v2') {
    // v2 may list partial errors next to `data`; the data still counts.
    if (isRecord(json.data)) return json.data
  } else if (!hasErrors) {
    return json
  }
  if (hasErrors) throw errorFromResponse(response, context.receivedAt)
  throw invalidResponse(response.status, context.dialect === 'v2' ? 'it has no "data" object' : 'it has no media object')
}

/** Throws the mapped error when a 2xx v2 body holds only errors (no `data`). */
export function assertNoErrorsOnly(response: RawResponse, context: ParseContext): void {
  const json = parseJson(response.body)
  if (context.dialect === 'v2' && isRecord(json) && json.data === undefined && json.errors !== undefined) {
    throw errorFromResponse(response, context.receivedAt)
  }
}
