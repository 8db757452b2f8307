import { USER_AUTH } from './v1-client'

/** Minimal v2 requests for the mock's own tests. */
export const V2 = 'https://api.x.com/2'

const json = (body: unknown, headers: Record<string, string>): RequestInit => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { ...headers, 'content-type': 'application/json' },
})

export const v2Initialize = (body: Record<string, unknown>, headers = USER_AUTH): Promise<Response> =>
  fetch(`${V2}/media/upload/initialize`, json(body, headers))

export async function v2InitializeId(body: Record<string, unknown>, headers = USER_AUTH): Promise<string> {
  const response = await v2Initialize(body, headers)
  return ((await response.json()) as { data: { id: string } }).data.id
}

export const v2AppendJson = (id: string, segmentIndex: number, bytes: Uint8Array, headers = USER_AUTH): Promise<Response> =>
  fetch(
    `${V2}/media/upload/${id}/append`,
    json({ media: btoa(String.fromCharCode(...bytes)), segment_index: segmentIndex }, headers),
  )

export function v2AppendMultipart(id: string, segmentIndex: number, bytes: Uint8Array, headers = USER_AUTH): Promise<Response> {
  const body = new FormData()
  body.set('segment_index', String(segmentIndex))
  body.set('media', new Blob([bytes as Uint8Array<ArrayBuffer>]))
  return fetch(`${V2}/media/upload/${id}/append`, { method: 'POST', body, headers })
}

export const v2Finalize = (id: string, headers = USER_AUTH): Promise<Response> =>
  fetch(`${V2}/media/upload/${id}/finalize`, { method: 'POST', headers })

export const v2Status = (id: string, headers = USER_AUTH): Promise<Response> =>
  fetch(`${V2}/media/upload?command=STATUS&media_id=${id}`, { headers })

export const v2AltText = (id: string, text: string, headers = USER_AUTH): Promise<Response> =>
  fetch(`${V2}/media/metadata`, json({ id, metadata: { alt_text: { text } } }, headers))
