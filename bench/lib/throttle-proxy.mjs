// A TCP proxy that gives loopback a real link: a one-way delay each way and a bandwidth
// limit on the upload direction, shared by every connection (one link, as a home or mobile
// uplink is). Each direction keeps its order; a client that sends faster than the link is
// paused once a window of bytes waits, as TCP's own flow control would pause it.
import { createServer, connect } from 'node:net'

/** Bytes that may wait in the proxy per connection before the client is paused: the most a
 * tuned TCP connection keeps in flight (Linux's default largest send buffer, 4 MB). */
const WINDOW_BYTES = 4 * 1024 * 1024

/**
 * Delivers pieces in the order they came, each no sooner than its time: one timer at a
 * time, so pieces of one stream never overtake each other (timers of different delays may).
 */
function orderedDelivery(deliver) {
  const queue = []
  let timer
  const pump = () => {
    timer = undefined
    while (queue.length > 0 && queue[0].at <= performance.now()) deliver(queue.shift().piece)
    if (queue.length > 0) timer = setTimeout(pump, Math.max(0, queue[0].at - performance.now()))
  }
  return (piece, at) => {
    queue.push({ piece, at })
    if (timer === undefined) timer = setTimeout(pump, Math.max(0, at - performance.now()))
  }
}

/**
 * @param {{ port: number, host?: string }} target where the proxy forwards to
 * @param {{ oneWayMs: number, upBytesPerSec: number }} link
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startThrottleProxy(target, { oneWayMs, upBytesPerSec }) {
  let linkFreeAt = 0
  const sockets = new Set()
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host ?? '127.0.0.1')
    sockets.add(client).add(upstream)
    let waiting = 0
    const up = orderedDelivery((piece) => {
      waiting -= piece.length
      if (!upstream.destroyed) upstream.write(piece)
      if (waiting <= WINDOW_BYTES) client.resume()
    })
    const down = orderedDelivery((piece) => client.destroyed || client.write(piece))
    client.on('data', (piece) => {
      const now = performance.now()
      linkFreeAt = Math.max(now, linkFreeAt) + (piece.length / upBytesPerSec) * 1000
      waiting += piece.length
      if (waiting > WINDOW_BYTES) client.pause()
      up(piece, linkFreeAt + oneWayMs)
    })
    upstream.on('data', (piece) => down(piece, performance.now() + oneWayMs))
    const end = () => {
      client.destroy()
      upstream.destroy()
    }
    client.on('close', end).on('error', end)
    upstream.on('close', end).on('error', end)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
