export type { Transport, TransportOptions, TransportResponse } from './types'
export { fetchTransport } from './fetch-transport'
export { xhrTransport } from './xhr-transport'
export { chooseTransport, type TransportConfig } from './choose-transport'
