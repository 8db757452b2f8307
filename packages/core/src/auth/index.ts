export type { AuthConfig, AuthorizeHook, BearerTokenAuth } from './types'
export { bearerAuthorizer, resolveAuthorizer } from './bearer'
