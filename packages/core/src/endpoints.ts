import type { EndpointConfig, ResolvedEndpoint } from './types'

/** X's own hosts, per dialect. */
export const DEFAULT_BASE_URLS = {
  v2: 'https://api.x.com',
  'v1.1': 'https://upload.twitter.com',
} as const

/** Apply the defaults of an {@link EndpointConfig}: dialect `v2`, X's host for it. */
export function resolveEndpoint(config: EndpointConfig = {}): ResolvedEndpoint {
  const dialect = config.dialect ?? 'v2'
  const baseUrl = (config.baseUrl ?? DEFAULT_BASE_URLS[dialect]).replace(/\/+$/, '')
  return { dialect, baseUrl }
}
