// A bare node:http server that reads and drops every body: the ceiling of loopback HTTP here.
import { createServer } from 'node:http'

const server = createServer((req, res) => {
  let received = 0
  req.on('data', (chunk) => {
    received += chunk.length
  })
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ received }))
  })
})

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address()
  process.send({ type: 'ready', url: `http://127.0.0.1:${port}` })
})

process.on('message', (message) => {
  if (message?.type === 'close') {
    server.closeAllConnections()
    server.close(() => process.disconnect())
    return
  }
  const { user, system } = process.cpuUsage()
  process.send({ id: message?.id, result: message?.type === 'usage' ? { cpuMs: (user + system) / 1000 } : undefined })
})
