// Test helper: a real redis-server (Debian's package) on a free loopback port, started by
// the test itself with no persistence, stopped after.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

/** A running redis-server. */
export interface LocalRedis {
  readonly url: string
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (typeof address !== 'object' || address === null) throw new Error('no port')
  return address.port
}

function readyOrExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) resolve()
    }
    child.stdout?.on('data', onData)
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`redis-server exited (${String(code)}):\n${output}`)))
  })
}

/**
 * Starts `redis-server` (from PATH, or `REDIS_SERVER`) on a free loopback port. Another
 * process may take the port between the check and the start: then it tries another.
 */
export async function startRedis(attempts = 5): Promise<LocalRedis> {
  const port = await freePort()
  const child = spawn(process.env.REDIS_SERVER ?? 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  try {
    await readyOrExit(child)
  } catch (error) {
    if (attempts <= 1) throw error
    return startRedis(attempts - 1)
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve()
        else {
          child.once('exit', () => resolve())
          child.kill('SIGTERM')
        }
      }),
  }
}
