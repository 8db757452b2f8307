import { MediaUploadError } from '../errors/media-upload-error'

/** The error every aborted operation rejects with, whatever the signal's reason was. */
export function abortedError(signal?: AbortSignal): MediaUploadError {
  return new MediaUploadError('aborted', 'The upload was aborted.', {
    cause: signal?.reason,
  })
}

/** Throws `aborted` when the signal already fired: checked before anything is sent. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortedError(signal)
}

/**
 * A signal that fires when any of the given ones does. `AbortSignal.any` where it exists,
 * a small listener otherwise (older Safari).
 */
export function anySignal(signals: ReadonlyArray<AbortSignal | undefined>): AbortSignal {
  const present = signals.filter((signal): signal is AbortSignal => signal !== undefined)
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(present)
  const controller = new AbortController()
  for (const signal of present) {
    if (signal.aborted) {
      controller.abort(signal.reason)
      break
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true })
  }
  return controller.signal
}
