// Test helper: one HTTP/1.1 exchange written byte for byte on a socket, so a test can send
// what no fetch would (lying lengths, smuggling headers, raw paths, other methods).
import { connect } from 'node:net'

/** What came back: the status line's code, the headers (lower-case names) and the body. */
export interface RawAnswer {
  status: number
  headers: Record<string, string>
  body: string
}

/**
 * Writes `head` (a request line and headers, CRLF-separated, without the blank line) and
 * `body`, then reads until the server closes. `Connection: close` is added, so it does.
 * With `halfClose`, the client stops sending after `body` (a body shorter than declared).
 */
export function rawRequest(port: number, head: string, body: string | Uint8Array = '', options: { halfClose?: boolean } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const received: Buffer[] = []
    socket.on('data', (chunk: Buffer) => received.push(chunk))
    // A server that refuses early may reset the connection while the request is still
    // being written: its answer, if any arrived, is what counts.
    socket.on('error', (error) => (received.length > 0 ? undefined : reject(error)))
    socket.on('close', () => resolve(parseAnswer(Buffer.concat(received).toString('latin1'))))
    socket.write(`${head}\r\nConnection: close\r\n\r\n`)
    socket.write(body)
    if (options.halfClose) socket.end()
  })
}

function parseAnswer(text: string): RawAnswer {
  const split = text.indexOf('\r\n\r\n')
  const [statusLine = '', ...lines] = (split === -1 ? text : text.slice(0, split)).split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  let body = split === -1 ? '' : text.slice(split + 4)
  if (headers['transfer-encoding'] === 'chunked') body = dechunk(body)
  return { status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body }
}

function dechunk(body: string): string {
  let out = ''
  let rest = body
  for (;;) {
    const eol = rest.indexOf('\r\n')
    const size = Number.parseInt(rest.slice(0, eol), 16)
    if (eol === -1 || !(size > 0)) return out
    out += rest.slice(eol + 2, eol + 2 + size)
    rest = rest.slice(eol + 4 + size)
  }
}
