import { MediaUploadError } from '../errors/media-upload-error'

/** A success status whose body is not what X documents. */
export function invalidResponse(status: number, what: string, cause?: unknown): MediaUploadError {
  return new MediaUploadError('invalid-response', `X's answer could not be read (HTTP ${status}): ${what}.`, {
    status,
    ...(cause === undefined ? {} : { cause }),
  })
}
