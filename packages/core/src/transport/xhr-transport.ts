import { abortedError } from '../engine/abort'
import { transportFailure } from './transport-failure'
import type { Transport, TransportOptions, TransportResponse } from './types'

/** Headers the browser sets itself and refuses from scripts. */
const BROWSER_OWNED_HEADERS = new Set(['content-length', 'host', 'connection'])

function parseResponseHeaders(raw: string): Headers {
  const headers = new Headers()
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const separator = line.indexOf(':')
    if (separator > 0) headers.append(line.slice(0, separator).trim(), line.slice(separator + 1).trim())
  }
  return headers
}

/**
 * A {@link Transport} on `XMLHttpRequest`, for browsers: unlike fetch it reports the bytes
 * sent within a chunk, so a progress bar moves smoothly even with 5 MB segments.
 * A multipart body is sent as the FormData it was built as (`options.formData`): the
 * browser frames it and streams the file slice from its source, so no segment is copied on
 * the main thread, even for an in-memory Blob (canvas, clipboard, MediaRecorder). Any other
 * body is read from the request (small, or one chunk already bounded) and handed to `send`.
 */
export function xhrTransport(): Transport {
  return {
    reportsUploadProgress: true,
    sendsFormData: true,
    async send(request: Request, options: TransportOptions = {}): Promise<TransportResponse> {
      const { signal, onUploadProgress } = options
      if (signal?.aborted) throw abortedError(signal)
      const { formData } = options
      const blob = formData || request.method === 'GET' || request.method === 'HEAD' ? null : await request.blob()
      if (signal?.aborted) throw abortedError(signal)
      const body = formData ?? blob
      return new Promise<TransportResponse>((resolve, reject) => {
        const xhr = new XMLHttpRequest()
        const onAbort = (): void => xhr.abort()
        const settle = (): void => signal?.removeEventListener('abort', onAbort)
        xhr.open(request.method, request.url)
        request.headers.forEach((value, name) => {
          // A FormData gets its own boundary from the browser: the request's would not match.
          if (!BROWSER_OWNED_HEADERS.has(name) && !(formData && name === 'content-type')) xhr.setRequestHeader(name, value)
        })
        xhr.withCredentials = request.credentials === 'include'
        if (onUploadProgress) {
          xhr.upload.onprogress = (event) => onUploadProgress(event.loaded, event.lengthComputable ? event.total : (blob?.size ?? event.loaded))
        }
        xhr.onload = () => {
          settle()
          resolve({ status: xhr.status, headers: parseResponseHeaders(xhr.getAllResponseHeaders()), body: xhr.responseText })
        }
        xhr.onerror = () => {
          settle()
          reject(transportFailure(new Error('XMLHttpRequest failed'), signal))
        }
        xhr.onabort = () => {
          settle()
          reject(abortedError(signal))
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        xhr.send(body)
      })
    },
  }
}
