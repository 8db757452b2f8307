import { getResponse, http, type HttpHandler } from 'msw'

// Workaround, to drop once the mock reads the boundary from the original content type:
// `@tweet-media/msw` finds the multipart boundary in a lower-cased `content-type`, which
// works for Node's all-lower-case boundaries but misses Chromium's `----WebKitFormBoundaryAbC…`.
// This handler re-sends such a request with the boundary lower-cased, body and header alike.

const encoder = new TextEncoder()

function replaceAll(bytes: Uint8Array, from: Uint8Array, to: Uint8Array): void {
  for (let at = bytes.indexOf(from[0] ?? 0); at !== -1; at = bytes.indexOf(from[0] ?? 0, at + 1)) {
    if (from.every((byte, i) => bytes[at + i] === byte)) bytes.set(to, at)
  }
}

async function withLowerCaseBoundary(request: Request): Promise<Request | undefined> {
  const type = request.headers.get('content-type') ?? ''
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type)
  const original = boundary?.[1] ?? boundary?.[2]
  if (!type.toLowerCase().startsWith('multipart/form-data') || !original || original === original.toLowerCase()) {
    return undefined
  }
  const body = new Uint8Array(await request.clone().arrayBuffer())
  replaceAll(body, encoder.encode(`--${original}`), encoder.encode(`--${original.toLowerCase()}`))
  const headers = new Headers(request.headers)
  headers.set('content-type', type.replace(original, original.toLowerCase()))
  return new Request(request.url, { method: request.method, headers, body })
}

/** `handlers`, preceded by the boundary fix. */
export function withBoundaryWorkaround(handlers: HttpHandler[]): HttpHandler[] {
  const fix = http.post('*', async ({ request }) => {
    const rewritten = await withLowerCaseBoundary(request)
    return rewritten && getResponse(handlers, rewritten)
  })
  return [fix, ...handlers]
}
