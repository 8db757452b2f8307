/** A signal that follows another one until released. */
export interface LinkedSignal {
  readonly signal: AbortSignal
  /** Stops following: removes the one listener on the parent. */
  release(): void
}

/**
 * A fresh signal that aborts when `parent` does. Each request is sent with its own, so the
 * abort listeners that `Request` and `fetch` attach to it (and drop only when garbage
 * collected) stay on that short-lived signal, not pile up on the upload's signal over
 * hundreds of `STATUS` polls.
 */
export function linkedSignal(parent: AbortSignal): LinkedSignal {
  const controller = new AbortController()
  if (parent.aborted) {
    controller.abort(parent.reason)
    return { signal: controller.signal, release: () => {} }
  }
  const follow = (): void => controller.abort(parent.reason)
  parent.addEventListener('abort', follow, { once: true })
  return { signal: controller.signal, release: () => parent.removeEventListener('abort', follow) }
}
