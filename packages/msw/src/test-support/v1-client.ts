/**
 * Minimal v1.1 requests for the mock's own tests, built by hand so each test shows the
 * exact wire format it sends.
 */
export const V1_UPLOAD = 'https://upload.x.com/1.1/media/upload.json'
export const V1_METADATA = 'https://upload.x.com/1.1/media/metadata/create.json'
export const USER_AUTH = { authorization: 'Bearer user-token-a' }

export function form(fields: Record<string, string | Blob>): FormData {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.set(name, value)
  return body
}

export function urlencoded(fields: Record<string, string>): URLSearchParams {
  return new URLSearchParams(fields)
}

export const post = (url: string, body: BodyInit, headers: Record<string, string> = USER_AUTH): Promise<Response> =>
  fetch(url, { method: 'POST', body, headers })

export async function v1Init(
  fields: Record<string, string>,
  headers: Record<string, string> = USER_AUTH,
): Promise<Response> {
  return post(V1_UPLOAD, urlencoded({ command: 'INIT', ...fields }), headers)
}

export async function v1InitId(fields: Record<string, string>, headers?: Record<string, string>): Promise<string> {
  const response = await v1Init(fields, headers)
  const body = (await response.json()) as { media_id_string: string }
  return body.media_id_string
}

export const v1Append = (
  mediaId: string,
  segmentIndex: number,
  bytes: Uint8Array,
  headers: Record<string, string> = USER_AUTH,
): Promise<Response> =>
  post(
    V1_UPLOAD,
    form({ command: 'APPEND', media_id: mediaId, segment_index: String(segmentIndex), media: new Blob([bytes as Uint8Array<ArrayBuffer>]) }),
    headers,
  )

export const v1Finalize = (mediaId: string, headers: Record<string, string> = USER_AUTH): Promise<Response> =>
  post(V1_UPLOAD, urlencoded({ command: 'FINALIZE', media_id: mediaId }), headers)

export const v1Status = (mediaId: string, headers: Record<string, string> = USER_AUTH): Promise<Response> =>
  fetch(`${V1_UPLOAD}?command=STATUS&media_id=${mediaId}`, { headers })

export const v1AltText = (mediaId: string, text: string, headers: Record<string, string> = USER_AUTH): Promise<Response> =>
  post(V1_METADATA, JSON.stringify({ media_id: mediaId, alt_text: { text } }), {
    ...headers,
    'content-type': 'application/json; charset=UTF-8',
  })

/** Deterministic filler bytes of a given length. */
export function bytesOf(length: number, seed = 7): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length)
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed) & 0xff
  return bytes
}

/** A 1x1 PNG (a real image: the simple upload sniffs its type and size). */
export const TINY_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
)

export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('')
}
