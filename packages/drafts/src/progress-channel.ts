import type { DraftItemProgress } from '@tweet-media/core'

/** Shares upload progress between the tabs of one draft, over a BroadcastChannel when there is one. */
export interface ProgressChannel {
  share(items: readonly DraftItemProgress[]): void
  watch(listener: (items: readonly DraftItemProgress[]) => void): () => void
}

/** A tab that starts watching asks for the latest progress: the holder may have nothing new to share for a while. */
const ASK = 'ask'

/** A {@link ProgressChannel} named after the draft; opened on first use, a no-op without BroadcastChannel. */
export function progressChannel(name: string): ProgressChannel {
  let channel: BroadcastChannel | undefined
  let lastShared: readonly DraftItemProgress[] | undefined
  const listeners = new Set<(items: readonly DraftItemProgress[]) => void>()
  const open = (): BroadcastChannel | undefined => {
    if (channel !== undefined || typeof BroadcastChannel !== 'function') return channel
    channel = new BroadcastChannel(`${name}:progress`)
    channel.onmessage = ({ data }: MessageEvent<readonly DraftItemProgress[] | typeof ASK>) => {
      if (data === ASK) {
        if (lastShared !== undefined) channel?.postMessage(lastShared)
      } else if (Array.isArray(data)) {
        for (const listener of [...listeners]) listener(data)
      }
    }
    return channel
  }
  return {
    share(items) {
      lastShared = items
      open()?.postMessage(items)
    },
    watch(listener) {
      listeners.add(listener)
      open()?.postMessage(ASK)
      return () => listeners.delete(listener)
    },
  }
}
