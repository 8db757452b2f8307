import type { ServerResponse } from 'node:http'

/**
 * Sends stored bytes, honouring one `Range: bytes=a-b` as a `<video>` asks for, so a video
 * plays (and seeks) from what the mock received.
 */
export function sendBytes(res: ServerResponse, bytes: Uint8Array, type: string, range: string | undefined): void {
  // Bytes from a client, served as the type it declared and never run as a page.
  const headers = {
    'content-type': type,
    'accept-ranges': 'bytes',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
  }
  const match = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null
  if (!match || (match[1] === '' && match[2] === '')) {
    res.writeHead(200, { ...headers, 'content-length': String(bytes.byteLength) }).end(bytes)
    return
  }
  const size = bytes.byteLength
  // `bytes=-N` is the last N bytes.
  const start = match[1] === '' ? Math.max(0, size - Number(match[2])) : Number(match[1])
  const end = match[1] === '' || match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  if (start >= size || start > end) {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` }).end()
    return
  }
  res
    .writeHead(206, { ...headers, 'content-length': String(end - start + 1), 'content-range': `bytes ${start}-${end}/${size}` })
    .end(bytes.subarray(start, end + 1))
}
