import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http'

/** An answer read whole, as text. */
export interface RawAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** A kept-alive connection pool for tests that send many requests to one server. */
export const keepAliveAgent = (): Agent => new Agent({ keepAlive: true, maxSockets: 8 })

/**
 * A POST over `node:http`, bypassing `fetch`'s body handling (slow for large in-memory
 * bodies): headers as given, `body` written as is.
 */
export function postRaw(url: string, headers: Record<string, string | number>, body: Buffer, agent?: Agent): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'content-length': body.byteLength, ...headers }, agent }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** A multipart body of `segment_index` and raw `media`, framed once so it can be sent many times. */
export function multipartAppend(segmentIndex: number, media: Uint8Array, boundary = 'tweet-media-test-boundary'): { body: Buffer; contentType: string } {
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="segment_index"\r\n\r\n${segmentIndex}\r\n--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="blob"\r\nContent-Type: application/octet-stream\r\n\r\n`
  const body = Buffer.concat([Buffer.from(head), media, Buffer.from(`\r\n--${boundary}--\r\n`)])
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}
