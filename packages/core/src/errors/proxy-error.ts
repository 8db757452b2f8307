import type { RawResponse } from '../response/raw-response'
import { MediaUploadError } from './media-upload-error'

/**
 * Why the app's media proxy (`@tweet-media/core/server`) answered itself instead of
 * forwarding to X. The client turns each into a {@link MediaUploadError} of the same code.
 */
export type ProxyErrorCode =
  | 'sign-in-required'
  | 'not-media-owner'
  | 'origin-not-allowed'
  | 'not-a-media-endpoint'
  | 'proxy-payload-too-large'
  | 'proxy-bad-request'
  | 'upstream-timeout'

/** The header that marks an answer written by the proxy; X's own headers never pass through under this name. */
export const PROXY_ERROR_HEADER = 'X-Tweet-Media-Proxy'

interface ProxyErrorKind {
  status: number
  summary: string
  retryable: boolean
}

const KINDS: Record<ProxyErrorCode, ProxyErrorKind> = {
  'sign-in-required': { status: 401, summary: 'Sign in to upload media', retryable: false },
  'not-media-owner': { status: 403, summary: 'This media belongs to another user', retryable: false },
  'origin-not-allowed': { status: 403, summary: 'Uploads are not accepted from this page', retryable: false },
  'not-a-media-endpoint': { status: 404, summary: 'The upload server serves only X media endpoints', retryable: false },
  'proxy-payload-too-large': { status: 413, summary: 'The request is larger than the upload server accepts', retryable: false },
  'proxy-bad-request': { status: 400, summary: 'The upload server could not read the request', retryable: false },
  'upstream-timeout': { status: 504, summary: 'X did not answer in time', retryable: true },
}

/** The longest body the reader looks into, and the longest message it keeps from it. */
const MAX_BODY_CHARS = 4_096
const MAX_MESSAGE_CHARS = 500

function isProxyErrorCode(value: string): value is ProxyErrorCode {
  return Object.hasOwn(KINDS, value)
}

/**
 * The proxy's own answer: status per code (or `status` for a 405), the
 * {@link PROXY_ERROR_HEADER} header and `{"proxy_error":{"code","message"}}`.
 */
export function proxyErrorResponse(
  code: ProxyErrorCode,
  message: string,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return Response.json(
    { proxy_error: { code, message } },
    { status: init.status ?? KINDS[code].status, headers: { ...init.headers, [PROXY_ERROR_HEADER]: code } },
  )
}

function messageIn(body: string): string | undefined {
  if (body.length > MAX_BODY_CHARS) return undefined
  try {
    const parsed: unknown = JSON.parse(body)
    const inner = typeof parsed === 'object' && parsed !== null ? (parsed as { proxy_error?: unknown }).proxy_error : undefined
    const message = typeof inner === 'object' && inner !== null ? (inner as { message?: unknown }).message : undefined
    return typeof message === 'string' && message.trim() !== '' ? message.trim().slice(0, MAX_MESSAGE_CHARS) : undefined
  } catch {
    return undefined
  }
}

/**
 * The {@link MediaUploadError} for an answer the proxy wrote itself (marked by
 * {@link PROXY_ERROR_HEADER} with a known code), or `undefined` for any other answer.
 * Never throws; looks at most at the first few KB of the body.
 */
export function readProxyError(response: RawResponse): MediaUploadError | undefined {
  const code = response.headers.get(PROXY_ERROR_HEADER)?.trim()
  if (code === undefined || !isProxyErrorCode(code)) return undefined
  const said = typeof response.body === 'string' ? messageIn(response.body) : undefined
  const sentence = said ?? KINDS[code].summary
  return new MediaUploadError(code, /[.!?]$/.test(sentence) ? sentence : `${sentence}.`, {
    status: response.status,
    retryable: KINDS[code].retryable,
  })
}
