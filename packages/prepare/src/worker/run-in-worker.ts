import { MediaUploadError } from '@tweet-media/core'
import { MediaRuleError } from '../media-rule-error'
import type { WorkerFailure, WorkerMessage, WorkerRequest, WorkerResults } from './protocol'

/** Options of {@link runInWorker}. */
export interface WorkerRunOptions {
  signal: AbortSignal | undefined
  onProgress: ((fraction: number) => void) | undefined
  /** Makes the worker (for strict CSPs or custom bundling); default: the package's module worker. */
  createWorker: (() => Worker) | undefined
}

/** The package's module worker, resolved next to this file by the bundler. */
export function createMediaWorker(): Worker {
  return new Worker(new URL('./media-worker.ts', import.meta.url), { type: 'module', name: 'tweet-media-prepare' })
}

/** A refusal or failure from the worker, rebuilt as the error class it was. */
export function errorFromFailure(failure: WorkerFailure): MediaUploadError {
  if (failure.rule !== undefined) {
    return new MediaRuleError(failure.rule, failure.message, { value: failure.value ?? '', limit: failure.limit ?? '' })
  }
  return new MediaUploadError('unsupported-type', failure.message, { cause: failure })
}

/** The worker's reason for a failure that was not a rule refusal (`cannot-encode`, …). */
export function failureReason(error: unknown): WorkerFailure['reason'] {
  const cause = error instanceof Error ? (error.cause as Partial<WorkerFailure> | undefined) : undefined
  return typeof cause === 'object' && cause !== null ? cause.reason : undefined
}

/**
 * Runs one request in a fresh media worker, created only now (a file that needs no
 * pixel work never starts one) and terminated when the answer comes or `signal` fires:
 * terminating is what cancels decoding and encoding at once.
 */
export function runInWorker<Request extends WorkerRequest>(
  request: Request,
  options: WorkerRunOptions,
): Promise<WorkerResults[Request['op']]> {
  const { signal, onProgress } = options
  if (signal?.aborted) return Promise.reject(aborted())
  const worker = (options.createWorker ?? createMediaWorker)()
  return new Promise((resolve, reject) => {
    const finish = (): void => {
      worker.terminate()
      signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = (): void => {
      finish()
      reject(aborted())
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data
      if (message.type === 'progress') {
        onProgress?.(message.fraction)
        return
      }
      finish()
      if (message.type === 'done') resolve(message.result as WorkerResults[Request['op']])
      else reject(errorFromFailure(message.failure))
    }
    worker.onerror = (event) => {
      finish()
      reject(new MediaUploadError('unsupported-type', `The media worker failed: ${event.message || 'it could not start'}.`))
    }
    worker.postMessage(request)
  })
}

const aborted = (): MediaUploadError => new MediaUploadError('aborted', 'Preparation was canceled.')
