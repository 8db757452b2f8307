import { fetchTransport } from './fetch-transport'
import type { Transport } from './types'
import { xhrTransport } from './xhr-transport'

/** A transport by name, or your own. */
export type TransportConfig = 'fetch' | 'xhr' | Transport

/**
 * Picks the transport. Without a choice: XHR when `XMLHttpRequest` exists and someone
 * listens to upload progress (the browser), fetch otherwise (servers, workers, tests with
 * an injected `fetch`).
 */
export function chooseTransport(
  config: { transport?: TransportConfig; fetch?: typeof fetch },
  wantsUploadProgress: boolean,
): Transport {
  const { transport } = config
  if (typeof transport === 'object') return transport
  if (transport === 'xhr') return xhrTransport()
  if (transport === 'fetch') return fetchTransport(config.fetch)
  const xhrAvailable = typeof XMLHttpRequest !== 'undefined'
  return xhrAvailable && wantsUploadProgress && config.fetch === undefined ? xhrTransport() : fetchTransport(config.fetch)
}
