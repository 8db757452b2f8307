// The engine's public part: what a custom `sleep`, retry policy or resume store needs.
// The pool, throttle, retry loop and processing wait stay internal to the uploader.
export { abortedError } from './abort'
export { abortableSleep, type Sleep } from './sleep'
export { DEFAULT_RETRY_OPTIONS, isRetryableError, type RetryOptions } from './retry-policy'
export { fingerprintFile } from './fingerprint'
export { localStorageResumeStore, memoryResumeStore, parseResumeState, type KeyValueStorage } from './resume-store'
