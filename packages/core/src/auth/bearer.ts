import { describeValue, invalidArgument } from '../errors/invalid-argument'
import type { AuthConfig, AuthorizeHook, BearerTokenAuth } from './types'

/**
 * An {@link AuthorizeHook} that sets `Authorization: Bearer <token>`; the token may be fetched per request.
 *
 * @throws MediaUploadError `invalid-argument` (from the hook) when the token is empty or not a string.
 */
export function bearerAuthorizer(auth: BearerTokenAuth): AuthorizeHook {
  return async (request) => {
    const token: unknown = typeof auth.bearerToken === 'function' ? await auth.bearerToken() : auth.bearerToken
    // Never send "Bearer undefined": a missing token is the app's mistake, not X's answer.
    if (typeof token !== 'string' || token === '' || /[\r\n]/.test(token)) {
      throw invalidArgument(`auth.bearerToken must give a non-empty token on one line, got ${describeValue(token)}.`)
    }
    const headers = new Headers(request.headers)
    headers.set('authorization', `Bearer ${token}`)
    return new Request(request, { headers })
  }
}

/** Turns an {@link AuthConfig} into one hook; no config means requests go out as built (a proxy signs them). */
export function resolveAuthorizer(auth: AuthConfig | undefined): AuthorizeHook {
  if (auth === undefined) return (request) => request
  if (typeof auth === 'function') return auth
  return bearerAuthorizer(auth)
}
