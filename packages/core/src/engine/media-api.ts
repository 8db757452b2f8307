import type { AuthorizeHook } from '../auth/types'
import { buildAltText } from '../request/build-alt-text'
import { buildAppend, type AppendParams } from '../request/build-append'
import { buildFinalize } from '../request/build-finalize'
import { buildInit, type InitParams } from '../request/build-init'
import { buildSimpleUpload, type SimpleUploadParams } from '../request/build-simple-upload'
import { buildStatus } from '../request/build-status'
import { buildSubtitlesCreate, buildSubtitlesDelete, type SubtitlesCreateParams, type SubtitlesDeleteParams } from '../request/build-subtitles'
import { toRequest, type BuiltRequest } from '../request/built-request'
import {
  parseAltTextResponse,
  parseAppendResponse,
  parseFinalizeResponse,
  parseInitResponse,
  parseSimpleUploadResponse,
  parseStatusResponse,
  type AppendResult,
  type MediaStatus,
} from '../response/parse-responses'
import { parseSubtitlesResponse } from '../response/parse-subtitles-response'
import type { ParseContext, RawResponse } from '../response/raw-response'
import { withEncodedMultipart } from '../transport/multipart-body'
import type { Transport } from '../transport/types'
import type { ResolvedEndpoint, UploadedMedia } from '../types'
import { linkedSignal } from './linked-signal'
import { withRetry, type RetryOptions } from './retry-policy'
import type { Sleep } from './sleep'

/** Reports bytes of the request body sent so far (XHR transport only). */
export type UploadProgressCallback = (loaded: number) => void

/** Each call of X's media API, sent, retried and parsed: what the upload flow talks to. */
export interface MediaApi {
  simpleUpload(params: SimpleUploadParams, signal: AbortSignal, onUploadProgress?: UploadProgressCallback): Promise<UploadedMedia>
  init(params: InitParams, signal: AbortSignal): Promise<UploadedMedia>
  append(params: AppendParams, signal: AbortSignal, onUploadProgress?: UploadProgressCallback): Promise<AppendResult>
  finalize(mediaId: string, signal: AbortSignal): Promise<UploadedMedia>
  status(mediaId: string, signal: AbortSignal): Promise<MediaStatus>
  altText(mediaId: string, text: string, signal: AbortSignal): Promise<void>
  subtitlesCreate(params: SubtitlesCreateParams, signal: AbortSignal): Promise<void>
  subtitlesDelete(params: SubtitlesDeleteParams, signal: AbortSignal): Promise<void>
}

/** What {@link createMediaApi} sends with. */
export interface MediaApiContext {
  endpoint: ResolvedEndpoint
  transport: Transport
  authorize: AuthorizeHook
  retry: RetryOptions
  now: () => number
  sleep: Sleep
  random?: () => number
}

/**
 * Binds the pure builders and parsers to a transport: build → authorize → send → parse,
 * retried per the policy. The request is built again for each attempt from the same
 * input, so a retried `APPEND` resends the same segment. Multipart bodies go out
 * pre-framed as one Blob (`encodeMultipart`): the file's bytes stream to the connection as
 * they are read, with no re-encoding. Each attempt has its own signal that follows the
 * caller's (see {@link linkedSignal}), so no listener outlives its request.
 */
export function createMediaApi(context: MediaApiContext): MediaApi {
  const call = <T>(
    build: () => BuiltRequest,
    parse: (response: RawResponse, parseContext: ParseContext) => T,
    signal: AbortSignal,
    onUploadProgress?: UploadProgressCallback,
  ): Promise<T> =>
    withRetry(
      async () => {
        const attempt = linkedSignal(signal)
        try {
          const request = await context.authorize(toRequest(withEncodedMultipart(build()), { signal: attempt.signal }))
          const response = await context.transport.send(request, { signal: attempt.signal, onUploadProgress })
          return parse(response, { dialect: context.endpoint.dialect, receivedAt: context.now() })
        } finally {
          attempt.release()
        }
      },
      { retry: context.retry, sleep: context.sleep, signal, ...(context.random ? { random: context.random } : {}) },
    )
  const { endpoint } = context
  return {
    simpleUpload: (params, signal, progress) => call(() => buildSimpleUpload(endpoint, params), parseSimpleUploadResponse, signal, progress),
    init: (params, signal) => call(() => buildInit(endpoint, params), parseInitResponse, signal),
    append: (params, signal, progress) => call(() => buildAppend(endpoint, params), parseAppendResponse, signal, progress),
    finalize: (mediaId, signal) => call(() => buildFinalize(endpoint, { mediaId }), parseFinalizeResponse, signal),
    status: (mediaId, signal) => call(() => buildStatus(endpoint, { mediaId }), parseStatusResponse, signal),
    altText: (mediaId, text, signal) => call(() => buildAltText(endpoint, { mediaId, text }), parseAltTextResponse, signal),
    subtitlesCreate: (params, signal) => call(() => buildSubtitlesCreate(endpoint, params), parseSubtitlesResponse, signal),
    subtitlesDelete: (params, signal) => call(() => buildSubtitlesDelete(endpoint, params), parseSubtitlesResponse, signal),
  }
}
