/** Parameter names X reads a media id from (query, form, multipart or JSON, at any depth). */
export const MEDIA_ID_NAMES: ReadonlySet<string> = new Set(['media_id', 'id'])

/** A body or query the proxy cannot check, so it does not forward it. */
export class UncheckableRequest extends Error {
  override readonly name = 'UncheckableRequest'
}

/** The most characters a media id parameter may have (X's ids have at most 20 digits). */
export const MAX_ID_CHARS = 1_024

/**
 * Collects a body scanner's media ids. Each scanner reads one encoding as it streams, so
 * the proxy knows every id a request names before its last byte reaches X.
 */
export interface MediaIdScanner {
  /** The next bytes of the body. Throws {@link UncheckableRequest} when they cannot be read safely. */
  write(chunk: Uint8Array): void
  /** Every media id named; throws {@link UncheckableRequest} for a body that ends inside an id. */
  end(): string[]
}

/**
 * The ids a parsed JSON value names when found under a media id key: strings as they are,
 * whole numbers exactly (a number past 2^53 could name another id than it reads as, so it
 * is refused), arrays item by item, objects by their own id keys.
 */
export function idsInValue(value: unknown, underIdKey: boolean): string[] {
  if (underIdKey && typeof value === 'string') return [value]
  if (underIdKey && typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new UncheckableRequest('Send media ids as strings.')
    return [String(value)]
  }
  if (Array.isArray(value)) return value.flatMap((item) => idsInValue(item, underIdKey))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => idsInValue(item, MEDIA_ID_NAMES.has(key)))
  }
  return []
}

/** Ids in the URL: a v2 path (`/2/media/upload/{id}/append`) and `media_id` / `id` in the query. */
export function idsInUrl(path: string, query: URLSearchParams): string[] {
  const inPath = /^\/2\/media\/upload\/([^/]+)\/(?:append|finalize)$/.exec(path)?.[1]
  const inQuery = [...query].filter(([name]) => MEDIA_ID_NAMES.has(name)).map(([, value]) => value)
  return inPath === undefined ? inQuery : [inPath, ...inQuery]
}

/** Ids in a form-urlencoded body. */
export function idsInForm(body: string): string[] {
  return idsInUrl('', new URLSearchParams(body))
}

/** The media an answer of X describes: its id and how long X keeps it (`expires_after_secs`). */
export interface AnsweredMedia {
  mediaId: string
  expiresAfterSecs?: number
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

/**
 * The media id in X's answer (v2 `data.id`, v1.1 `media_id_string`), with its lifetime, or
 * `undefined` for an answer that names none.
 */
export function mediaInAnswer(text: string): AnsweredMedia | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  const top = record(parsed)
  const media = record(top?.data) ?? top
  const id = media?.id ?? media?.media_id_string
  if (typeof id !== 'string' || !/^\d{1,20}$/.test(id)) return undefined
  const expires = media?.expires_after_secs
  return typeof expires === 'number' && Number.isFinite(expires) && expires > 0
    ? { mediaId: id, expiresAfterSecs: expires }
    : { mediaId: id }
}
