export { nodeHttpTransport, type NodeHttpTransportOptions } from './node-http-transport'
