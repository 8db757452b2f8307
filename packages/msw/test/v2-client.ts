import { USER_AUTH } from './v1-client'

const json = (body: unknown, headers: Record<string, string>): RequestInit => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { ...headers, 'content-type': 'application/json' },
})

/** Minimal v2 requests for the mock's own tests, to X's `https://api.x.com` or the standalone server. */
export function createV2Client(origin: string) {
  const base = `${origin}/2`
  const initialize = (body: Record<string, unknown>, headers: Record<string, string> = USER_AUTH): Promise<Response> =>
    fetch(`${base}/media/upload/initialize`, json(body, headers))
  return {
    base,
    initialize,
    async initializeId(body: Record<string, unknown>, headers: Record<string, string> = USER_AUTH): Promise<string> {
      return ((await (await initialize(body, headers)).json()) as { data: { id: string } }).data.id
    },
    appendJson: (id: string, segmentIndex: number, bytes: Uint8Array, headers: Record<string, string> = USER_AUTH) =>
      fetch(`${base}/media/upload/${id}/append`, json({ media: btoa(String.fromCharCode(...bytes)), segment_index: segmentIndex }, headers)),
    appendMultipart(id: string, segmentIndex: number, bytes: Uint8Array, headers: Record<string, string> = USER_AUTH): Promise<Response> {
      const body = new FormData()
      body.set('segment_index', String(segmentIndex))
      body.set('media', new Blob([bytes as Uint8Array<ArrayBuffer>]))
      return fetch(`${base}/media/upload/${id}/append`, { method: 'POST', body, headers })
    },
    finalize: (id: string, headers: Record<string, string> = USER_AUTH) => fetch(`${base}/media/upload/${id}/finalize`, json({}, headers)),
    status: (id: string, headers: Record<string, string> = USER_AUTH) => fetch(`${base}/media/upload?command=STATUS&media_id=${id}`, { headers }),
    oneShotJson: (body: Record<string, unknown>, headers: Record<string, string> = USER_AUTH) => fetch(`${base}/media/upload`, json(body, headers)),
    altText: (id: string, text: string, headers: Record<string, string> = USER_AUTH) =>
      fetch(`${base}/media/metadata`, json({ id, metadata: { alt_text: { text } } }, headers)),
  }
}

/** The v2 requests of {@link createV2Client}. */
export type V2Client = ReturnType<typeof createV2Client>
