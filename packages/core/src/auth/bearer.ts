import type { AuthConfig, AuthorizeHook, BearerTokenAuth } from './types'

/** An {@link AuthorizeHook} that sets `Authorization: Bearer <token>`; the token may be fetched per request. */
export function bearerAuthorizer(auth: BearerTokenAuth): AuthorizeHook {
  return async (request) => {
    const token = typeof auth.bearerToken === 'function' ? await auth.bearerToken() : auth.bearerToken
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
