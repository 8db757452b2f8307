import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A loopback relay in front of the mock that lower-cases the multipart boundary, in the
 * Content-Type header and in the body alike. Workaround: the mock reads the boundary from
 * a lower-cased Content-Type (packages/msw/src/handlers/request-params.ts), so the
 * mixed-case boundaries browsers generate (`----WebKitFormBoundaryAbC…`) never match the
 * body and every multipart APPEND from a browser gets a 400. Remove once that is fixed.
 */
export async function startBoundaryRelay(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const to = new URL(target)
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      let body = Buffer.concat(chunks)
      const headers = { ...req.headers }
      const boundary = /boundary=([^;\s]+)/.exec(headers['content-type'] ?? '')?.[1]
      if (boundary && boundary !== boundary.toLowerCase()) {
        headers['content-type'] = headers['content-type']?.replace(boundary, boundary.toLowerCase())
        const search = Buffer.from(`--${boundary}`)
        const replacement = Buffer.from(`--${boundary.toLowerCase()}`)
        for (let at = body.indexOf(search); at !== -1; at = body.indexOf(search, at + search.length)) replacement.copy(body, at)
        body = Buffer.from(body)
      }
      headers['content-length'] = String(body.length)
      const forward = request({ host: to.hostname, port: to.port, path: req.url, method: req.method, headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      })
      forward.on('error', () => res.destroy())
      forward.end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
