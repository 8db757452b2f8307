import { MediaUploadError } from './media-upload-error'

/** A `MediaUploadError` for a parameter the caller got wrong (never retryable). */
export function invalidArgument(message: string): MediaUploadError {
  return new MediaUploadError('invalid-argument', message)
}

/** A short, printable description of any value, for error messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : typeof value
}
