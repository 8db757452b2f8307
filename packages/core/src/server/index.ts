export { createMediaProxy, type CallerDecision, type MediaProxyHandler, type MediaProxyOptions } from './media-proxy'
export type { PerCaller, ProxyCredentials } from './caller-credentials'
export { createMemoryOwnerStore, type MediaOwnerStore, type MemoryOwnerStoreOptions } from './owner-store'
export { PROXY_ERROR_HEADER, proxyErrorResponse, readProxyError, type ProxyErrorCode } from '../errors/proxy-error'
export { toNodeHandler, type NodeHandlerOptions, type NodeIncomingMessage, type NodeServerResponse } from './node-adapter'
export { allowedMethods, matchMediaRoute, type MediaRoute } from './media-routes'
export {
  hmacSha1Base64,
  oauth1AuthorizationHeader,
  oauth1Authorizer,
  percentEncode,
  signatureBaseString,
  type OAuth1Credentials,
  type OAuth1Request,
  type OAuth1SigningOptions,
} from '../auth/oauth1'
