// The engine's public part: what a custom `sleep`, retry policy or resume store needs.
// The pool, throttle, retry loop and processing wait stay internal to the uploader.
export { abortedError } from './abort'
export { abortableSleep, MAX_TIMER_MS, type Sleep } from './sleep'
export { DEFAULT_RETRY_OPTIONS, isRetryableError, MIN_RATE_LIMIT_WAIT_MS, type RetryOptions } from './retry-policy'
export { MAX_STATUS_WAIT_MS, MIN_STATUS_WAIT_MS } from './processing-wait'
export { fingerprintFile } from './fingerprint'
export { localStorageResumeStore, memoryResumeStore, parseResumeState, type KeyValueStorage } from './resume-store'
