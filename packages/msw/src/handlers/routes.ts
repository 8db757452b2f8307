import type { ApiVersion } from '../store/types'

/** The endpoints of both dialects. */
export type RouteName =
  | 'v1-upload'
  | 'v1-metadata'
  | 'v1-subtitles-create'
  | 'v1-subtitles-delete'
  | 'v2-subtitles'
  | 'v2-initialize'
  | 'v2-append'
  | 'v2-finalize'
  | 'v2-upload'
  | 'v2-metadata'

/**
 * Whether requests must carry an `Authorization` header: `required` as X does, or
 * `optional` on a base that stands in for an app's own proxy (which adds credentials on
 * its way to X, so the browser sends none).
 */
export type AuthPolicy = 'required' | 'optional'

/** A request matched to an endpoint. */
export interface RouteMatch {
  api: ApiVersion
  name: RouteName
  /** The endpoint's path as X names it, without the base's prefix (`/1.1/media/upload.json`). */
  path: string
  /** The media id from a v2 path (`/2/media/upload/{id}/append`). */
  pathMediaId?: string
  /** The authentication policy of the base the request came in on. */
  auth: AuthPolicy
}

/** Where the mock answers: an origin (or any) plus a path prefix, for some dialects. */
export interface ServedBase {
  origin: string | undefined
  pathPrefix: string
  apis: readonly ApiVersion[]
  auth: AuthPolicy
}

/** X's own hosts: v1.1 on `upload.twitter.com` and `upload.x.com`, v2 on `api.x.com`; credentials always required. */
export const X_BASES: readonly ServedBase[] = [
  { origin: 'https://upload.twitter.com', pathPrefix: '', apis: ['v1.1'], auth: 'required' },
  { origin: 'https://upload.x.com', pathPrefix: '', apis: ['v1.1'], auth: 'required' },
  { origin: 'https://api.x.com', pathPrefix: '', apis: ['v2'], auth: 'required' },
]

/**
 * Reads a `baseUrl` option: an absolute URL (`http://localhost:4010`), a path relative
 * to the page (`/api/x`, any origin) or `*` (any origin, at the root). Both dialects are
 * served under it, as `{base}/1.1/…` and `{base}/2/…`.
 */
export function parseBase(base: string, auth: AuthPolicy): ServedBase {
  const apis: ApiVersion[] = ['v1.1', 'v2']
  if (base === '*') return { origin: undefined, pathPrefix: '', apis, auth }
  const trimmed = base.replace(/\/+$/, '')
  if (trimmed.startsWith('/') || trimmed === '') return { origin: undefined, pathPrefix: trimmed, apis, auth }
  const url = new URL(trimmed)
  return { origin: url.origin, pathPrefix: url.pathname.replace(/\/+$/, ''), apis, auth }
}

const V2_ID_PATH = /^\/2\/media\/upload\/(\d+)\/(append|finalize)$/

type PathMatch = Omit<RouteMatch, 'path' | 'auth'>

function matchPath(path: string, method: string): PathMatch | undefined {
  const post = method === 'POST'
  if (path === '/1.1/media/upload.json' && (post || method === 'GET')) return { api: 'v1.1', name: 'v1-upload' }
  if (path === '/1.1/media/metadata/create.json' && post) return { api: 'v1.1', name: 'v1-metadata' }
  if (path === '/1.1/media/subtitles/create.json' && post) return { api: 'v1.1', name: 'v1-subtitles-create' }
  if (path === '/1.1/media/subtitles/delete.json' && post) return { api: 'v1.1', name: 'v1-subtitles-delete' }
  if (path === '/2/media/subtitles' && (post || method === 'DELETE')) return { api: 'v2', name: 'v2-subtitles' }
  if (path === '/2/media/upload' && (post || method === 'GET')) return { api: 'v2', name: 'v2-upload' }
  if (path === '/2/media/upload/initialize' && post) return { api: 'v2', name: 'v2-initialize' }
  if (path === '/2/media/metadata' && post) return { api: 'v2', name: 'v2-metadata' }
  const byId = post ? V2_ID_PATH.exec(path) : null
  if (byId?.[1]) {
    return { api: 'v2', name: byId[2] === 'append' ? 'v2-append' : 'v2-finalize', pathMediaId: byId[1] }
  }
  return undefined
}

/** The endpoint a request is for, if it is one of ours on a served base. */
export function matchRoute(request: Request, bases: readonly ServedBase[]): RouteMatch | undefined {
  const url = new URL(request.url)
  for (const base of bases) {
    if (base.origin !== undefined && base.origin !== url.origin) continue
    if (!url.pathname.startsWith(`${base.pathPrefix}/`)) continue
    const path = url.pathname.slice(base.pathPrefix.length)
    const route = matchPath(path, request.method)
    if (route && base.apis.includes(route.api)) return { ...route, path, auth: base.auth }
  }
  return undefined
}
