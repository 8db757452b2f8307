import { describeValue, invalidArgument } from '../errors/invalid-argument'
import type { UploaderConfig } from './uploader-config'

// Checked once, in createUploader: a NaN concurrency would start no APPEND at all and a NaN
// timeout would never end, so a wrong option fails loudly before anything is sent.

const MAX_CONCURRENCY = 32

function assertMilliseconds(config: UploaderConfig, field: 'processingTimeoutMs' | 'progressIntervalMs' | 'expiryMarginMs', infinite: boolean): void {
  const value: unknown = config[field]
  if (value === undefined) return
  if (typeof value === 'number' && value >= 0 && (infinite || Number.isFinite(value))) return
  const range = infinite ? '0 or more milliseconds (Infinity for no limit)' : 'a finite number of 0 or more milliseconds'
  throw invalidArgument(`${field} must be ${range}, got ${describeValue(value)}.`)
}

function assertFunction(config: UploaderConfig, field: 'now' | 'sleep' | 'random' | 'fetch'): void {
  const value: unknown = config[field]
  if (value !== undefined && typeof value !== 'function') throw invalidArgument(`${field} must be a function, got ${describeValue(value)}.`)
}

const hasMethods = (value: unknown, ...names: string[]): boolean =>
  typeof value === 'object' && value !== null && names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function')

/**
 * Checks the options of `createUploader` that are not checked where they are used
 * (`dialect` and `baseUrl` by `resolveEndpoint`, `retry` by the retry policy, `chunkSize`
 * by the chunk plan).
 *
 * @throws MediaUploadError `invalid-argument` naming the option and the value.
 */
export function assertUploaderConfig(config: unknown): asserts config is UploaderConfig {
  if (typeof config !== 'object' || config === null) throw invalidArgument(`The uploader configuration must be an object, got ${describeValue(config)}.`)
  const options = config as UploaderConfig
  const { concurrency, transport, resumeStore, auth } = options
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= MAX_CONCURRENCY)) {
    throw invalidArgument(`concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}, got ${describeValue(concurrency)}.`)
  }
  assertMilliseconds(options, 'processingTimeoutMs', true)
  assertMilliseconds(options, 'progressIntervalMs', false)
  assertMilliseconds(options, 'expiryMarginMs', false)
  for (const field of ['now', 'sleep', 'random', 'fetch'] as const) assertFunction(options, field)
  if (transport !== undefined && transport !== 'fetch' && transport !== 'xhr' && !hasMethods(transport, 'send')) {
    throw invalidArgument(`transport must be "fetch", "xhr" or an object with send(), got ${describeValue(transport)}.`)
  }
  if (resumeStore !== undefined && resumeStore !== false && !hasMethods(resumeStore, 'get', 'set', 'remove')) {
    throw invalidArgument(`resumeStore must be false or an object with get(), set() and remove(), got ${describeValue(resumeStore)}.`)
  }
  if (auth !== undefined && typeof auth !== 'function') {
    const token: unknown = typeof auth === 'object' && auth !== null ? (auth as { bearerToken?: unknown }).bearerToken : undefined
    if (typeof token !== 'function' && !(typeof token === 'string' && token !== '')) {
      throw invalidArgument(`auth must be a function, or { bearerToken } with a non-empty string or a function, got ${describeValue(auth)}.`)
    }
  }
}

/**
 * Checks what is given to upload: a `Blob` (a `File` is one).
 *
 * @throws MediaUploadError `invalid-argument` for anything else, such as a path string.
 */
export function assertUploadFile(file: unknown): asserts file is Blob {
  if (!(file instanceof Blob)) throw invalidArgument(`The file to upload must be a Blob or File, got ${describeValue(file)}.`)
}
