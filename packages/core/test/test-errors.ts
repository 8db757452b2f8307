// Test helpers: the MediaUploadError a call throws or a promise rejects with. Anything else
// (no error, or another kind) fails the test with a message that says so.
import { isMediaUploadError, type MediaUploadError } from '../src/errors/media-upload-error'

function asMediaUploadError(error: unknown): MediaUploadError {
  if (isMediaUploadError(error)) return error
  throw new Error(`expected a MediaUploadError, got ${String(error)}`)
}

/** The MediaUploadError that `run` throws. */
export function thrownBy(run: () => unknown): MediaUploadError {
  try {
    run()
  } catch (error) {
    return asMediaUploadError(error)
  }
  throw new Error('expected a MediaUploadError, nothing was thrown')
}

/** The MediaUploadError that `promise` rejects with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<MediaUploadError> {
  try {
    await promise
  } catch (error) {
    return asMediaUploadError(error)
  }
  throw new Error('expected a MediaUploadError, the promise resolved')
}
