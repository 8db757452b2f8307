import type { IncomingMessage, ServerResponse } from 'node:http'
import { declaresMoreThan, tooLarge, type BodyReader } from '../handlers/body-limit'

/**
 * A Fetch `Request` for a node request's method, URL and headers (its body is read by
 * {@link nodeBodyReader}), keeping the Host header the client sent (clients sign
 * `https://upload.x.com/...` URLs and resolve the name to loopback).
 */
export function toFetchRequest(req: IncomingMessage, fallbackHost: string): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const url = `http://${req.headers.host ?? fallbackHost}${req.url ?? '/'}`
  // A client that goes away mid-body aborts the request, so the mock logs it as `aborted`.
  const gone = new AbortController()
  req.once('close', () => {
    if (!req.complete) gone.abort()
  })
  return new Request(url, { method: req.method ?? 'GET', headers, signal: gone.signal })
}

const abortError = (): Error => Object.assign(new Error('The client closed the connection before its body ended.'), { name: 'AbortError' })

/**
 * Reads a node request's body straight from the socket, without a web-stream adapter in
 * between: refused from `Content-Length` before reading, or once the data passes the
 * limit (the rest is left unread and the stream paused). The chunks are kept as they
 * arrived (plain `Uint8Array` views, so stored bytes compare equal to a client's), never joined.
 */
export function nodeBodyReader(req: IncomingMessage): BodyReader {
  return (limit) =>
    new Promise<Uint8Array[]>((resolve, reject) => {
      if (declaresMoreThan(req.headers['content-length'], limit)) {
        reject(tooLarge(limit))
        return
      }
      const chunks: Uint8Array[] = []
      let length = 0
      const settle = (): void => {
        req.off('data', onData)
        req.off('end', onEnd)
        req.off('close', onClose)
        req.off('error', onError)
      }
      const onData = (chunk: Buffer): void => {
        length += chunk.byteLength
        if (length > limit) {
          settle()
          req.pause()
          reject(tooLarge(limit))
          return
        }
        chunks.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
      }
      const onEnd = (): void => {
        settle()
        resolve(chunks)
      }
      const onClose = (): void => {
        if (req.complete) return
        settle()
        reject(abortError())
      }
      const onError = (): void => {
        settle()
        reject(abortError())
      }
      req.on('data', onData)
      req.on('end', onEnd)
      req.on('close', onClose)
      req.on('error', onError)
      if (req.readableEnded) onEnd()
    })
}

/** Streams a Fetch `Response` into a node response, with extra headers (CORS). */
export async function sendFetchResponse(
  response: Response,
  res: ServerResponse,
  extraHeaders: Record<string, string>,
): Promise<void> {
  const headers: Record<string, string> = { ...extraHeaders }
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  res.writeHead(response.status, headers)
  if (!response.body) {
    res.end()
    return
  }
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk)
  res.end()
}
