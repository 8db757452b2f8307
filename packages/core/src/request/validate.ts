import { describeValue, invalidArgument } from '../errors/invalid-argument'
import { MEDIA_LIMITS } from '../file/limits'
import type { MediaCategory } from '../types'
import type { MediaSource } from './media-source'
import { MEDIA_CATEGORIES, MEDIA_ID_PATTERN } from './media-values'

// Validation shared by the builders: each throws `invalid-argument` naming the field.

const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
const MAX_ADDITIONAL_OWNERS = 100

export function assertParams(params: unknown, builder: string): asserts params is Record<string, unknown> {
  if (typeof params !== 'object' || params === null) {
    throw invalidArgument(`${builder} needs a parameter object, got ${describeValue(params)}.`)
  }
}

/** X's ids are decimal strings of up to 19 digits (64-bit); numbers would lose precision. */
export function assertMediaId(value: unknown, field = 'mediaId'): string {
  if (typeof value !== 'string' || !MEDIA_ID_PATTERN.test(value)) {
    throw invalidArgument(`${field} must be a string of 1 to 19 digits (X's media_id_string), got ${describeValue(value)}.`)
  }
  return value
}

export function assertSegmentIndex(value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) >= MEDIA_LIMITS.maxSegments) {
    throw invalidArgument(`segmentIndex must be an integer from 0 to ${MEDIA_LIMITS.maxSegments - 1}, got ${describeValue(value)}.`)
  }
  return value as number
}

export function assertTotalBytes(value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw invalidArgument(`totalBytes must be a non-negative integer, got ${describeValue(value)}.`)
  }
  return value as number
}

export function assertMediaType(value: unknown): string {
  if (typeof value !== 'string' || !MIME_TYPE.test(value)) {
    throw invalidArgument(`mediaType must be a MIME type such as "video/mp4", got ${describeValue(value)}.`)
  }
  return value
}

export function assertMediaCategory(value: unknown): MediaCategory | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !MEDIA_CATEGORIES.has(value)) {
    throw invalidArgument(`mediaCategory must be one of ${[...MEDIA_CATEGORIES].join(', ')}, got ${describeValue(value)}.`)
  }
  return value as MediaCategory
}

export function assertAdditionalOwners(value: unknown): string[] | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value) || value.length > MAX_ADDITIONAL_OWNERS) {
    throw invalidArgument(`additionalOwners must be an array of at most ${MAX_ADDITIONAL_OWNERS} user ids, got ${describeValue(value)}.`)
  }
  return value.map((owner: unknown) => assertMediaId(owner, 'additionalOwners[]'))
}

export function assertOptionalBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value
  throw invalidArgument(`${field} must be true or false, got ${describeValue(value)}.`)
}

/** Bytes that a base64 text decodes to. */
function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  return (base64.length / 4) * 3 - padding
}

/** Non-empty bytes (a Blob or valid base64), optionally at most `maxBytes` once decoded. */
export function assertMedia(value: unknown, maxBytes?: number): MediaSource {
  let size: number
  if (value instanceof Blob) {
    size = value.size
  } else if (typeof value === 'object' && value !== null && typeof (value as { base64?: unknown }).base64 === 'string') {
    const { base64 } = value as { base64: string }
    if (!BASE64.test(base64)) throw invalidArgument('media.base64 is not valid base64 text (A–Z, a–z, 0–9, +, /, = padding).')
    size = decodedLength(base64)
  } else {
    throw invalidArgument(`media must be a Blob or { base64: string }, got ${describeValue(value)}.`)
  }
  if (size === 0) throw invalidArgument('media is empty: there are no bytes to upload.')
  if (maxBytes !== undefined && size > maxBytes) {
    throw invalidArgument(`media is ${size} bytes; one request may carry at most ${maxBytes} bytes.`)
  }
  return value as MediaSource
}
