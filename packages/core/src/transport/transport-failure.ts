import { abortedError } from '../engine/abort'
import { MediaUploadError } from '../errors/media-upload-error'

/** Turns whatever fetch threw into `aborted` (the signal fired) or a retryable `network` error. */
export function transportFailure(error: unknown, signal: AbortSignal | undefined): MediaUploadError {
  if (signal?.aborted) return abortedError(signal)
  return new MediaUploadError('network', 'The request did not reach X, or its answer was lost.', {
    retryable: true,
    cause: error,
  })
}
