import type { Dialect } from '../types'

/** A media endpoint the proxy lets through, and its body limit before any override. */
export interface MediaRoute {
  dialect: Dialect
  /** Path at X, for example `/2/media/upload/123/append`. */
  path: string
  kind: 'upload' | 'append' | 'control'
}

const ROUTES: ReadonlyArray<{ method: string; pattern: RegExp; dialect: Dialect; kind: MediaRoute['kind'] }> = [
  { method: 'POST', pattern: /^\/2\/media\/upload\/initialize$/, dialect: 'v2', kind: 'control' },
  { method: 'POST', pattern: /^\/2\/media\/upload\/\d{1,20}\/append$/, dialect: 'v2', kind: 'append' },
  { method: 'POST', pattern: /^\/2\/media\/upload\/\d{1,20}\/finalize$/, dialect: 'v2', kind: 'control' },
  { method: 'GET', pattern: /^\/2\/media\/upload$/, dialect: 'v2', kind: 'control' },
  { method: 'POST', pattern: /^\/2\/media\/upload$/, dialect: 'v2', kind: 'upload' },
  { method: 'POST', pattern: /^\/2\/media\/metadata$/, dialect: 'v2', kind: 'control' },
  { method: 'POST', pattern: /^\/2\/media\/subtitles$/, dialect: 'v2', kind: 'control' },
  { method: 'DELETE', pattern: /^\/2\/media\/subtitles$/, dialect: 'v2', kind: 'control' },
  { method: 'GET', pattern: /^\/1\.1\/media\/upload\.json$/, dialect: 'v1.1', kind: 'control' },
  // v1.1 INIT, APPEND and FINALIZE share one URL; the body limit is the one of an upload.
  { method: 'POST', pattern: /^\/1\.1\/media\/upload\.json$/, dialect: 'v1.1', kind: 'upload' },
  { method: 'POST', pattern: /^\/1\.1\/media\/metadata\/create\.json$/, dialect: 'v1.1', kind: 'control' },
  { method: 'POST', pattern: /^\/1\.1\/media\/subtitles\/(?:create|delete)\.json$/, dialect: 'v1.1', kind: 'control' },
]

/**
 * The media endpoint a request is for, or `undefined` for anything else (which the proxy
 * answers 404 without contacting X). `pathname` is already stripped of the proxy's prefix.
 */
export function matchMediaRoute(method: string, pathname: string): MediaRoute | undefined {
  const route = ROUTES.find((candidate) => candidate.method === method && candidate.pattern.test(pathname))
  return route && { dialect: route.dialect, path: pathname, kind: route.kind }
}

/** The methods a media endpoint path takes (empty for any other path): the `Allow` of a 405. */
export function allowedMethods(pathname: string): string[] {
  return [...new Set(ROUTES.filter((candidate) => candidate.pattern.test(pathname)).map((candidate) => candidate.method))]
}
