import type { RawResponse } from '../response/raw-response'

/** An answer read to the end: what the response parsers take. */
export type TransportResponse = RawResponse

/** Per-request options for a {@link Transport}. */
export interface TransportOptions {
  /** Stops the request at once; the transport then rejects with `aborted`. */
  signal?: AbortSignal
  /** Bytes of the request body sent so far. Only transports that can see it (XHR) call it. */
  onUploadProgress?: (loaded: number, total: number) => void
  /**
   * The request's multipart body as it was built, given only to a transport with
   * {@link Transport.sendsFormData}: it sends this instead of reading the request's body,
   * and lets the platform choose the boundary (the request's `content-type` is not sent).
   */
  formData?: FormData
}

/**
 * Sends one request and reads its answer. Rejects only with `MediaUploadError`:
 * `network` (retryable) when no answer arrived, `aborted` when the signal fired.
 * HTTP error statuses resolve; the engine's parsers decide what they mean.
 */
export interface Transport {
  /** Whether `onUploadProgress` reports bytes within a request. */
  readonly reportsUploadProgress: boolean
  /**
   * Whether the transport sends a `FormData` body natively (`options.formData`). Without it,
   * multipart bodies arrive pre-framed as one Blob (`encodeMultipart`), which Node's fetch
   * streams best; a browser's XHR frames a FormData itself and streams its file parts
   * without copying them on the main thread.
   */
  readonly sendsFormData?: boolean
  send(request: Request, options?: TransportOptions): Promise<TransportResponse>
}
