/**
 * Adds credentials to a request before it is sent: return the same request with an
 * `Authorization` header, or a new one. Called once per attempt, so tokens may rotate.
 */
export type AuthorizeHook = (request: Request) => Request | Promise<Request>

/** An OAuth 2.0 user-context token (scope `media.write`), or a function that returns a fresh one. */
export interface BearerTokenAuth {
  bearerToken: string | (() => string | Promise<string>)
}

/**
 * How the uploader authenticates: a bearer token, or any {@link AuthorizeHook}.
 * Leave it out when `baseUrl` points at the app's own proxy, which signs on the server.
 * OAuth 1.0a is an `AuthorizeHook` too: `oauth1Authorizer(credentials)` from
 * `@tweet-media/core/server`, so the signer never lands in a browser bundle.
 */
export type AuthConfig = BearerTokenAuth | AuthorizeHook
