import type { RawResponse } from '../response/raw-response'
import { MediaUploadError, type MediaUploadErrorCode } from './media-upload-error'
import { readProxyError } from './proxy-error'
import { retryAfterMs } from './retry-after'
import { readXErrorBody, type XErrorBody } from './x-error-body'

// v1.1 error codes that say more than the HTTP status.
const X_CODE_BAD_AUTHENTICATION = 215
const X_CODE_COULD_NOT_AUTHENTICATE = 32
const X_CODE_RATE_LIMIT = 88
const X_CODES_OVER_CAPACITY = new Set([130, 131])

// X answers an expired or unknown id with a generic 4xx; only its words tell them apart.
// Each pattern is a plain alternation (no nested or adjacent unbounded repeats), so a test
// is linear in the (already bounded) message.
const EXPIRED_MEDIA_TEXT = /expired|invalid media[ _]?id|unknown media/i
const MEDIA_ID_TEXT = /media[ _]?id /i
const NOT_FOUND_TEXT = /not found|does not exist|invalid/i

/** What X's words say about an id: "Media id 123 has expired.", "media id 1 not found", … */
function saysMediaIsGone(message: string): boolean {
  if (EXPIRED_MEDIA_TEXT.test(message)) return true
  const at = message.search(MEDIA_ID_TEXT)
  return at >= 0 && NOT_FOUND_TEXT.test(message.slice(at))
}

// v2 problem types (api.x.com or api.twitter.com) with a meaning of their own.
const APP_ONLY_PROBLEM = /\/2\/problems\/unsupported-authentication$/

/** The codes an answer of X (or of the network in between) can map to. */
type AnswerCode = Extract<
  MediaUploadErrorCode,
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'missing-scope'
  | 'app-only-auth'
  | 'not-found'
  | 'payload-too-large'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'invalid-response'
  | 'media-expired'
>

const SUMMARY: Record<AnswerCode, string> = {
  'bad-request': 'X refused the request',
  unauthorized: 'X did not accept the credentials',
  forbidden: 'X does not allow this request',
  'missing-scope': 'X refused the token',
  'app-only-auth': 'X refused an app-only token',
  'not-found': 'X does not know this address or media',
  'payload-too-large': 'The request was too large for X',
  'rate-limited': 'Too many requests to X',
  server: 'X had a temporary problem',
  network: 'The request did not reach X',
  'invalid-response': 'X sent an answer that could not be read',
  'media-expired': 'The uploaded media expired or is unknown to X; upload the file again',
}

// What to do, said after X's own words.
const ADVICE: Partial<Record<AnswerCode, string>> = {
  'missing-scope': 'The token lacks the media.write scope: the user must authorise the app again.',
  'app-only-auth':
    'Upload with a user-context token: an OAuth 2.0 user token with the media.write scope, or an OAuth 1.0a user token.',
}

// What a body that carried no words of X's was, when saying so helps.
const FORM_NOTE: Partial<Record<XErrorBody['form'], string>> = {
  markup: 'an HTML page from a proxy or CDN in between',
  'truncated-json': 'the answer was cut off',
  unread: 'the answer was too long to read',
}

/**
 * X's answer to an OAuth 2.0 user token without `media.write`: a bare problem that says
 * only "Forbidden" (node-twitter-api-v2#588). A 403 that gives any reason is something else.
 */
function isMissingScope(status: number, said: XErrorBody): boolean {
  const { problem } = said
  return (
    status === 403 &&
    problem !== undefined &&
    problem.title === 'Forbidden' &&
    problem.detail === 'Forbidden' &&
    (problem.type === undefined || problem.type === 'about:blank')
  )
}

function codeFor(status: number, said: XErrorBody): AnswerCode {
  const { xCode } = said
  if (status < 100 || status > 599) return 'invalid-response'
  if (said.problemTypes.some((type) => APP_ONLY_PROBLEM.test(type))) return 'app-only-auth'
  if (isMissingScope(status, said)) return 'missing-scope'
  if (status === 429 || status === 420 || xCode === X_CODE_RATE_LIMIT) return 'rate-limited'
  if (status >= 500 || (xCode !== undefined && X_CODES_OVER_CAPACITY.has(xCode))) return 'server'
  if (status === 408) return 'network'
  if (status === 401 || xCode === X_CODE_BAD_AUTHENTICATION || xCode === X_CODE_COULD_NOT_AUTHENTICATE) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 413) return 'payload-too-large'
  const expired = said.messages.some(saysMediaIsGone) || said.problemTypes.some((type) => type.endsWith('/resource-not-found'))
  if (expired && (status === 400 || status === 404 || status < 300)) return 'media-expired'
  if (status === 404) return 'not-found'
  return status < 300 || status >= 400 ? 'bad-request' : 'invalid-response'
}

const RETRYABLE: ReadonlySet<MediaUploadErrorCode> = new Set(['rate-limited', 'server', 'network'])

const endSentence = (sentence: string): string => (/[.!?]$/.test(sentence) ? sentence : `${sentence}.`)

// Whatever reaches this function at run time (a fuzzer, a transport with a bug), it reads
// only a number, something with a Headers `get` and a string.
function readable(response: RawResponse): RawResponse {
  const candidate: Partial<Record<keyof RawResponse, unknown>> = typeof response === 'object' && response !== null ? response : {}
  const status = typeof candidate.status === 'number' && Number.isInteger(candidate.status) ? candidate.status : 0
  const headers = typeof (candidate.headers as Headers | undefined)?.get === 'function' ? (candidate.headers as Headers) : new Headers()
  return { status, headers, body: typeof candidate.body === 'string' ? candidate.body : '' }
}

/**
 * The {@link MediaUploadError} for an answer that is not a success: a stable `code` from
 * the status and X's own error code or words, `retryable` for 429, 5xx and 408, the
 * wait that `Retry-After` / `x-rate-limit-reset` ask for, and X's own code and words kept
 * as `xCode` and `xMessage` (and in the text). Every shape X answers with is read (see
 * `readXErrorBody`); an HTML page or an empty body (a 502 from a gateway) gives a short
 * message, never the page. Linear in the body and bounded: at most
 * `ERROR_BODY_SCAN_LIMIT` characters are read. Never throws, whatever it is given.
 *
 * @param now Epoch milliseconds when the answer arrived (for `x-rate-limit-reset`).
 */
export function errorFromResponse(response: RawResponse, now: number): MediaUploadError {
  const { status, headers, body } = readable(response)
  // The app's proxy answered itself (sign in, not the owner, …): not X's words.
  const fromProxy = readProxyError({ status, headers, body })
  if (fromProxy) return fromProxy
  const said = readXErrorBody(body)
  const code = codeFor(status, said)
  const wait = retryAfterMs(status, headers, Number.isFinite(now) ? now : Date.now())
  const note = said.messages.length === 0 ? FORM_NOTE[said.form] : undefined
  const details = [`HTTP ${status}`, ...(said.xCode === undefined ? [] : [`X code ${said.xCode}`])].join(', ') + (note === undefined ? '' : `; ${note}`)
  const xMessage = said.messages.length > 0 ? said.messages.join('; ') : undefined
  const sentence = endSentence(`${SUMMARY[code]} (${details})${xMessage === undefined ? '' : `: ${xMessage}`}`)
  const waitText = wait === undefined || code !== 'rate-limited' ? '' : ` Try again in ${Math.ceil(wait / 1000)} s.`
  const advice = ADVICE[code] === undefined ? '' : ` ${ADVICE[code]}`
  return new MediaUploadError(code, `${sentence}${waitText}${advice}`, {
    status,
    ...(said.xCode === undefined ? {} : { xCode: said.xCode }),
    ...(xMessage === undefined ? {} : { xMessage }),
    retryable: RETRYABLE.has(code),
    ...(wait === undefined ? {} : { retryAfterMs: wait }),
  })
}
