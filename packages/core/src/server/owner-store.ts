/**
 * Who created each media id, so the proxy can refuse every other caller. Keys expire with
 * the media (X's `expires_after_secs`). Implementations: {@link createMemoryOwnerStore}
 * (one process), `@tweet-media/server-redis` (several server instances).
 */
export interface MediaOwnerStore {
  /** The caller id bound to `mediaId`, or `undefined` when none is (never bound, or expired). */
  get(mediaId: string): Promise<string | undefined> | string | undefined
  /** Binds `mediaId` to `owner` for `ttlSeconds` (a positive whole number), replacing any earlier binding. */
  set(mediaId: string, owner: string, ttlSeconds: number): Promise<void> | void
}

/** Options of {@link createMemoryOwnerStore}. */
export interface MemoryOwnerStoreOptions {
  /** Most bindings kept; when full, expired ones go first, then the oldest. Default 100,000. */
  maxEntries?: number
  /** Epoch milliseconds now (default `Date.now`); tests pass a manual clock. */
  now?: () => number
}

interface Binding {
  owner: string
  expiresAt: number
}

/**
 * A {@link MediaOwnerStore} in this process's memory: bounded, expired entries evicted.
 * Enough for one server instance; with several, use a shared store, or a caller whose
 * requests land on another instance is refused.
 */
export function createMemoryOwnerStore(options: MemoryOwnerStoreOptions = {}): MediaOwnerStore {
  const maxEntries = Math.max(1, Math.floor(options.maxEntries ?? 100_000))
  const now = options.now ?? Date.now
  // Map order is insertion order: refreshed bindings move to the end, so the first is the oldest.
  const bindings = new Map<string, Binding>()

  const evictExpired = (at: number): void => {
    for (const [id, binding] of bindings) if (binding.expiresAt <= at) bindings.delete(id)
  }

  return {
    get(mediaId) {
      const binding = bindings.get(mediaId)
      if (!binding) return undefined
      if (binding.expiresAt > now()) return binding.owner
      bindings.delete(mediaId)
      return undefined
    },
    set(mediaId, owner, ttlSeconds) {
      const at = now()
      bindings.delete(mediaId)
      if (bindings.size >= maxEntries) evictExpired(at)
      while (bindings.size >= maxEntries) {
        const oldest = bindings.keys().next().value
        if (oldest === undefined) break
        bindings.delete(oldest)
      }
      bindings.set(mediaId, { owner, expiresAt: at + ttlSeconds * 1000 })
    },
  }
}
