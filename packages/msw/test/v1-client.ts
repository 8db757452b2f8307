/**
 * Minimal v1.1 requests for the mock's own tests, built by hand so each test shows the
 * exact wire format it sends.
 */
export const USER_AUTH: Record<string, string> = { authorization: 'Bearer user-token-a' }

export function form(fields: Record<string, string | Blob>): FormData {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.set(name, value)
  return body
}

export function urlencoded(fields: Record<string, string>): URLSearchParams {
  return new URLSearchParams(fields)
}

/** v1.1 requests to one origin: X's `https://upload.x.com` or the standalone server. */
export function createV1Client(origin: string) {
  const uploadUrl = `${origin}/1.1/media/upload.json`
  const metadataUrl = `${origin}/1.1/media/metadata/create.json`
  const post = (url: string, body: BodyInit | null, headers: Record<string, string> = USER_AUTH): Promise<Response> =>
    fetch(url, { method: 'POST', body, headers })
  const init = (fields: Record<string, string>, headers: Record<string, string> = USER_AUTH): Promise<Response> =>
    post(uploadUrl, urlencoded({ command: 'INIT', ...fields }), headers)
  return {
    uploadUrl,
    metadataUrl,
    post,
    init,
    async initId(fields: Record<string, string>, headers?: Record<string, string>): Promise<string> {
      const body = (await (await init(fields, headers)).json()) as { media_id_string: string }
      return body.media_id_string
    },
    append: (mediaId: string, segmentIndex: number, bytes: Uint8Array, headers: Record<string, string> = USER_AUTH) =>
      post(
        uploadUrl,
        form({
          command: 'APPEND',
          media_id: mediaId,
          segment_index: String(segmentIndex),
          media: new Blob([bytes as Uint8Array<ArrayBuffer>]),
        }),
        headers,
      ),
    finalize: (mediaId: string, headers: Record<string, string> = USER_AUTH) =>
      post(uploadUrl, urlencoded({ command: 'FINALIZE', media_id: mediaId }), headers),
    status: (mediaId: string, headers: Record<string, string> = USER_AUTH) =>
      fetch(`${uploadUrl}?command=STATUS&media_id=${mediaId}`, { headers }),
    altText: (mediaId: string, text: string, headers: Record<string, string> = USER_AUTH) =>
      post(metadataUrl, JSON.stringify({ media_id: mediaId, alt_text: { text } }), {
        ...headers,
        'content-type': 'application/json; charset=UTF-8',
      }),
  }
}

/** The v1.1 requests of {@link createV1Client}. */
export type V1Client = ReturnType<typeof createV1Client>
