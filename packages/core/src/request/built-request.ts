import { MediaUploadError } from '../errors/media-upload-error'

/**
 * One HTTP call, described as data: maps 1:1 onto `fetch(url, { method, headers, body })`.
 * Builders return it instead of a `Request` so that signing (OAuth 1.0a) and transports
 * (XMLHttpRequest for progress) can read and extend it before it is sent.
 */
export interface BuiltRequest {
  /** `DELETE` only for v2 `DELETE /2/media/subtitles`, which carries a JSON body. */
  method: 'GET' | 'POST' | 'DELETE'
  /** Absolute, or relative to the page when the endpoint's `baseUrl` is a path. */
  url: string
  /** Lower-case names. `content-type` for JSON and urlencoded bodies; none for `FormData`. */
  headers: Record<string, string>
  /** Builders return `string` or `FormData`; a `Blob` is a body already encoded, with its `content-type` in `headers`. */
  body?: string | FormData | Blob
}

/** Options of {@link toRequest}. */
export interface ToRequestInit {
  signal?: AbortSignal
}

/**
 * Turn a {@link BuiltRequest} into a standard `Request`, ready for `fetch`.
 *
 * @throws MediaUploadError `invalid-argument` when the URL cannot be resolved (a relative
 * `baseUrl` outside a browser page).
 */
export function toRequest(built: BuiltRequest, init: ToRequestInit = {}): Request {
  const requestInit: RequestInit = { method: built.method, headers: built.headers }
  if (built.body !== undefined) requestInit.body = built.body
  if (init.signal !== undefined) requestInit.signal = init.signal
  try {
    return new Request(built.url, requestInit)
  } catch (cause) {
    throw new MediaUploadError('invalid-argument', `Cannot build a request for ${built.url}: ${String(cause)}`, {
      cause,
    })
  }
}
