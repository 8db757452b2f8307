export {
  createMediaProxy,
  type MediaProxyHandler,
  type MediaProxyOptions,
  type ProxyCredentials,
} from './media-proxy'
export { toNodeHandler, type NodeHandlerOptions, type NodeIncomingMessage, type NodeServerResponse } from './node-adapter'
export { matchMediaRoute, type MediaRoute } from './media-routes'
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
