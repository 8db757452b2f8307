// The ceiling: node:http POSTing the whole file once, streamed from disk, to a server that
// drops the body. No client library, no multipart, no per-chunk round trips.
import { createReadStream } from 'node:fs'
import { request } from 'node:http'

export async function prepare({ url }) {
  return (file) =>
    new Promise((resolve, reject) => {
      const req = request(
        `${url}/upload`,
        { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'content-length': file.size } },
        (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (text) => (body += text))
          res.on('end', () => {
            const { received } = JSON.parse(body)
            if (received === file.size) resolve()
            else reject(new Error(`server received ${received} of ${file.size} bytes`))
          })
        },
      )
      req.on('error', reject)
      createReadStream(file.path, { highWaterMark: 1024 * 1024 }).on('error', reject).pipe(req)
    })
}
