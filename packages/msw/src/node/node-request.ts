import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'

/**
 * A Fetch `Request` for a node request, keeping the Host header the client sent (clients
 * sign `https://upload.x.com/...` URLs and resolve the name to loopback).
 */
export function toFetchRequest(req: IncomingMessage, fallbackHost: string): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const url = `http://${req.headers.host ?? fallbackHost}${req.url ?? '/'}`
  const method = req.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD'
  // A client that hangs up mid-body aborts the request, so the handlers log it as
  // `aborted` as they do under msw (listened to before the body stream sees the error).
  const controller = new AbortController()
  req.once('error', () => controller.abort())
  req.once('close', () => {
    if (!req.complete) controller.abort()
  })
  return new Request(url, {
    method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit)
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
