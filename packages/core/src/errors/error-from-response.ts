import type { RawResponse } from '../response/raw-response'
import { MediaUploadError, type MediaUploadErrorCode } from './media-upload-error'
import { PROXY_ERROR_SUMMARY, readProxyError } from './proxy-error'
import { retryAfterMs } from './retry-after'
import { readXErrorBody, type XErrorBody } from './x-error-body'

// v1.1 error codes that say more than the HTTP status.
const X_CODE_BAD_AUTHENTICATION = 215
const X_CODE_COULD_NOT_AUTHENTICATE = 32
const X_CODE_RATE_LIMIT = 88
const X_CODES_OVER_CAPACITY = new Set([130, 131])

// X answers an expired or unknown id with a generic 4xx; only its words tell them apart.
const EXPIRED_MEDIA_TEXT = /expired|invalid media[ _]?id|unknown media|media[ _]?id .*(?:not found|does not exist|invalid)/i

const SUMMARY: Record<MediaUploadErrorCode, string> = {
  ...PROXY_ERROR_SUMMARY,
  'file-empty': 'The file is empty',
  'file-too-large': 'The file is too large',
  'unsupported-type': 'This type of file is not supported',
  'invalid-argument': 'The request is invalid',
  'alt-text-too-long': 'The alt text is too long',
  'bad-request': 'X refused the request',
  unauthorized: 'X did not accept the credentials',
  forbidden: 'X does not allow this request',
  'not-found': 'X does not know this address or media',
  'payload-too-large': 'The request was too large for X',
  'rate-limited': 'Too many requests to X',
  server: 'X had a temporary problem',
  network: 'The request did not reach X',
  'invalid-response': 'X sent an answer that could not be read',
  'media-expired': 'The uploaded media expired or is unknown to X; upload the file again',
  'processing-failed': 'X could not process the media',
  'processing-timeout': 'X took too long to process the media',
  aborted: 'The upload was canceled',
}

function codeFor(status: number, said: XErrorBody): MediaUploadErrorCode {
  const { xCode } = said
  if (status === 429 || status === 420 || xCode === X_CODE_RATE_LIMIT) return 'rate-limited'
  if (status >= 500 || (xCode !== undefined && X_CODES_OVER_CAPACITY.has(xCode))) return 'server'
  if (status === 408) return 'network'
  if (status === 401 || xCode === X_CODE_BAD_AUTHENTICATION || xCode === X_CODE_COULD_NOT_AUTHENTICATE) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 413) return 'payload-too-large'
  const expired =
    said.messages.some((message) => EXPIRED_MEDIA_TEXT.test(message)) ||
    said.problemTypes.some((type) => type.endsWith('/resource-not-found'))
  if (expired && (status === 400 || status === 404 || status < 300)) return 'media-expired'
  if (status === 404) return 'not-found'
  return status < 300 || status >= 400 ? 'bad-request' : 'invalid-response'
}

const RETRYABLE: ReadonlySet<MediaUploadErrorCode> = new Set(['rate-limited', 'server', 'network'])

/**
 * The {@link MediaUploadError} for an answer that is not a success: a stable `code` from
 * the status and X's own error code or words, `retryable` for 429, 5xx and 408, the
 * wait that `Retry-After` / `x-rate-limit-reset` ask for, and X's message in the text.
 * Never throws, whatever the body holds.
 *
 * @param now Epoch milliseconds when the answer arrived (for `x-rate-limit-reset`).
 */
export function errorFromResponse(response: RawResponse, now: number): MediaUploadError {
  // The app's proxy answered itself (sign in, not the owner, …): not X's words.
  const fromProxy = readProxyError(response)
  if (fromProxy) return fromProxy
  const said = readXErrorBody(response.body)
  const code = codeFor(response.status, said)
  const wait = retryAfterMs(response.status, response.headers, now)
  const details = [`HTTP ${response.status}`, ...(said.xCode === undefined ? [] : [`X code ${said.xCode}`])].join(', ')
  const waitText = wait === undefined || code !== 'rate-limited' ? '' : ` Try again in ${Math.ceil(wait / 1000)} s.`
  const xText = said.messages.length > 0 ? `: ${said.messages.join('; ')}` : ''
  const sentence = `${SUMMARY[code]} (${details})${xText}`
  const message = `${/[.!?]$/.test(sentence) ? sentence : `${sentence}.`}${waitText}`
  return new MediaUploadError(code, message, {
    status: response.status,
    ...(said.xCode === undefined ? {} : { xCode: said.xCode }),
    retryable: RETRYABLE.has(code),
    ...(wait === undefined ? {} : { retryAfterMs: wait }),
  })
}
