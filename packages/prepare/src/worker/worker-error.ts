import type { WorkerFailure } from './protocol'

/** Thrown inside the worker to send a typed failure to the main thread. */
export class WorkerError extends Error {
  constructor(readonly failure: WorkerFailure) {
    super(failure.message)
  }
}
