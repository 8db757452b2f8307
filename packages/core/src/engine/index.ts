export { abortedError, anySignal, throwIfAborted } from './abort'
export { abortableSleep, type Sleep } from './sleep'
export {
  DEFAULT_RETRY_OPTIONS,
  isRetryableError,
  resolveRetryOptions,
  retryDelayMs,
  withRetry,
  type RetryOptions,
  type WithRetryOptions,
} from './retry-policy'
export { runPool } from './pool'
export { throttle, type Throttled } from './throttle'
export { waitForProcessing, type ProcessingWaitOptions } from './processing-wait'
export { fingerprintFile } from './fingerprint'
export { localStorageResumeStore, memoryResumeStore, parseResumeState, type KeyValueStorage } from './resume-store'
