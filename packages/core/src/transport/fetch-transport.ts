import { abortedError } from '../engine/abort'
import { transportFailure } from './transport-failure'
import type { Transport, TransportOptions, TransportResponse } from './types'

/**
 * A {@link Transport} on `fetch`: the default outside the browser. It cannot report bytes
 * within a request (fetch has no upload progress), so progress moves chunk by chunk.
 *
 * @param fetchImpl - Injectable; looked up on each request when left out, so test
 * interceptors installed later still see the requests.
 */
export function fetchTransport(fetchImpl?: typeof fetch): Transport {
  return {
    reportsUploadProgress: false,
    async send(request: Request, options: TransportOptions = {}): Promise<TransportResponse> {
      const { signal } = options
      if (signal?.aborted) throw abortedError(signal)
      try {
        const response = await (fetchImpl ?? globalThis.fetch)(request, signal ? { signal } : undefined)
        const body = await response.text()
        return { status: response.status, headers: response.headers, body }
      } catch (error) {
        throw transportFailure(error, signal ?? request.signal)
      }
    },
  }
}
