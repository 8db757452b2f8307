import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { abortedError } from '../engine/abort'
import { encodeMultipart } from '../transport/multipart-body'
import { transportFailure } from '../transport/transport-failure'
import type { Transport, TransportOptions, TransportResponse } from '../transport/types'

/** Options of {@link nodeHttpTransport}. */
export interface NodeHttpTransportOptions {
  /** Agent for `http:` URLs. Default: a keep-alive agent of this transport's own. */
  httpAgent?: HttpAgent
  /** Agent for `https:` URLs (X's hosts). Default: a keep-alive agent of this transport's own. */
  httpsAgent?: HttpsAgent
}

function responseHeaders(response: IncomingMessage): Headers {
  const headers = new Headers()
  const raw = response.rawHeaders
  for (let index = 0; index + 1 < raw.length; index += 2) headers.append(raw[index] as string, raw[index + 1] as string)
  return headers
}

function readResponse(response: IncomingMessage): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const pieces: Buffer[] = []
    response.on('data', (piece: Buffer) => pieces.push(piece))
    response.on('error', reject)
    response.on('end', () =>
      resolve({ status: response.statusCode ?? 0, headers: responseHeaders(response), body: Buffer.concat(pieces).toString('utf8') }),
    )
  })
}

/** Resolves when the socket wants more, or the request is over (aborted, failed). */
function drainedOrClosed(outgoing: ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      outgoing.off('drain', done)
      outgoing.off('close', done)
      resolve()
    }
    outgoing.on('drain', done)
    outgoing.on('close', done)
  })
}

/** Bytes read from a Blob per write: few, large writes, and at most this much in hand. */
const READ_BYTES = 1024 * 1024

/** Writes a Blob as the socket takes it, one piece in hand at a time. */
async function writeBlob(blob: Blob, outgoing: ClientRequest): Promise<void> {
  for (let start = 0; start < blob.size; start += READ_BYTES) {
    const piece = new Uint8Array(await blob.slice(start, start + READ_BYTES).arrayBuffer())
    // Aborted or failed mid-body: the request's own error event reports it.
    if (outgoing.destroyed) return
    if (!outgoing.write(piece)) await drainedOrClosed(outgoing)
  }
  outgoing.end()
}

/** The body to write and the headers that describe it. */
interface OutgoingBody {
  headers: Record<string, string>
  body: Blob | Uint8Array | undefined
}

async function outgoingBody(request: Request, formData: FormData | undefined): Promise<OutgoingBody> {
  const headers: Record<string, string> = {}
  request.headers.forEach((value, name) => {
    headers[name] = value
  })
  if (formData) {
    // Framed here, around the file slice itself: its bytes are read from the file as the
    // socket takes them, never gathered into one buffer.
    const { body, contentType } = encodeMultipart(formData)
    return { headers: { ...headers, 'content-type': contentType, 'content-length': String(body.size) }, body }
  }
  if (request.body === null) return { headers, body: undefined }
  const bytes = new Uint8Array(await request.arrayBuffer())
  return { headers: { ...headers, 'content-length': String(bytes.byteLength) }, body: bytes }
}

/**
 * A {@link Transport} on `node:http` and `node:https` with keep-alive, for Node.
 *
 * Why: on loopback one `node:http` request of a file moves 4 to 8 times the bytes per second
 * of one `fetch` POST of the same Blob (864 vs 108 MB/s on Node 20, 1,517 vs 370 on Node 24),
 * and each `APPEND` reuses one of a few open connections. Multipart bodies arrive as their
 * FormData (`sendsFormData`) and stream from the file; like fetch, it reports no bytes
 * within a request.
 *
 * @example
 * ```ts
 * import { createUploader } from '@tweet-media/core'
 * import { nodeHttpTransport } from '@tweet-media/core/node'
 *
 * const uploader = createUploader({ auth: { bearerToken }, transport: nodeHttpTransport() })
 * ```
 */
export function nodeHttpTransport(options: NodeHttpTransportOptions = {}): Transport {
  const httpAgent = options.httpAgent ?? new HttpAgent({ keepAlive: true })
  const httpsAgent = options.httpsAgent ?? new HttpsAgent({ keepAlive: true })
  return {
    reportsUploadProgress: false,
    sendsFormData: true,
    async send(request: Request, sendOptions: TransportOptions = {}): Promise<TransportResponse> {
      const { signal } = sendOptions
      if (signal?.aborted) throw abortedError(signal)
      const { headers, body } = await outgoingBody(request, sendOptions.formData)
      if (signal?.aborted) throw abortedError(signal)
      const url = new URL(request.url)
      const secure = url.protocol === 'https:'
      const send = secure ? httpsRequest : httpRequest
      try {
        return await new Promise<TransportResponse>((resolve, reject) => {
          const outgoing = send(url, { method: request.method, headers, agent: secure ? httpsAgent : httpAgent, ...(signal ? { signal } : {}) })
          outgoing.on('error', reject)
          outgoing.on('response', (response) => readResponse(response).then(resolve, reject))
          if (body instanceof Blob) {
            writeBlob(body, outgoing).catch((error: unknown) => outgoing.destroy(error instanceof Error ? error : new Error(String(error))))
          } else {
            outgoing.end(body)
          }
        })
      } catch (error) {
        throw transportFailure(error, signal ?? request.signal)
      }
    },
  }
}
