/** What {@link acquireDraftLock} uses; injectable for tests. */
export interface DraftLockEnvironment {
  /** Web Locks; `null` for none (then BroadcastChannel is used). Default `navigator.locks`. */
  locks?: LockManager | null
  /** How long the BroadcastChannel fallback waits for a holder to answer. Default 250 ms. */
  answerWindowMs?: number
}

type LockMessage = { type: 'ask' } | { type: 'held' } | { type: 'released' }

/**
 * Resolves with a release function once this tab holds the lock `name`. Web Locks where
 * they exist (released by the browser when the tab goes); otherwise a BroadcastChannel
 * handshake: ask, and hold unless a holder answers; wait for its release if one does.
 * Without either, there is no other tab to coordinate with, and the lock is held at once.
 */
export function acquireDraftLock(name: string, onWaiting: (() => void) | undefined, env: DraftLockEnvironment = {}): Promise<() => void> {
  const locks = env.locks === undefined ? globalThis.navigator?.locks : env.locks
  if (locks) return withWebLocks(locks, name, onWaiting)
  if (typeof BroadcastChannel === 'function') return withBroadcastChannel(name, onWaiting, env.answerWindowMs ?? 250)
  return Promise.resolve(() => {})
}

function withWebLocks(locks: LockManager, name: string, onWaiting: (() => void) | undefined): Promise<() => void> {
  return new Promise((resolve) => {
    let release = (): void => {}
    const held = new Promise<void>((done) => {
      release = done
    })
    const hold = async (): Promise<void> => {
      resolve(release)
      await held
    }
    void locks.request(name, { ifAvailable: true }, async (lock) => {
      if (lock) return hold()
      onWaiting?.()
      // Queued behind the tab that holds it; granted when that tab releases or closes.
      return locks.request(name, hold)
    })
  })
}

function withBroadcastChannel(name: string, onWaiting: (() => void) | undefined, answerWindowMs: number): Promise<() => void> {
  const channel = new BroadcastChannel(name)
  let holding = false
  let answered = false
  let retry: (() => void) | undefined

  channel.onmessage = ({ data }: MessageEvent<LockMessage>) => {
    if (data.type === 'ask' && holding) channel.postMessage({ type: 'held' } satisfies LockMessage)
    if (data.type === 'held') answered = true
    if (data.type === 'released') retry?.()
  }
  const release = (): void => {
    if (!holding) return
    holding = false
    channel.postMessage({ type: 'released' } satisfies LockMessage)
    channel.close()
    removeEventListener('pagehide', release)
  }

  return new Promise((resolve) => {
    const ask = (): void => {
      answered = false
      retry = undefined
      channel.postMessage({ type: 'ask' } satisfies LockMessage)
      setTimeout(() => {
        if (answered) {
          onWaiting?.()
          retry = ask
          return
        }
        holding = true
        addEventListener('pagehide', release)
        resolve(release)
      }, answerWindowMs)
    }
    ask()
  })
}
