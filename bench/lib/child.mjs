import { fork } from 'node:child_process'

/** Kills a child that outlives its budget, so every step of `pnpm bench` is bounded in time. */
function withDeadline(child, timeoutMs, label, reject) {
  const timer = setTimeout(() => {
    child.kill('SIGKILL')
    reject(new Error(`${label} did not finish within ${Math.round(timeoutMs / 1000)} s`))
  }, timeoutMs)
  timer.unref()
  return timer
}

/**
 * Starts a long-lived server script in its own process and waits for its `ready` message.
 * `ask(type)` sends a request over IPC and resolves with the answer.
 */
export function startService(script, { timeoutMs = 30_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    const timer = withDeadline(child, timeoutMs, script, reject)
    const pending = new Map()
    let nextId = 1
    child.on('message', (message) => {
      if (message?.type === 'ready') {
        clearTimeout(timer)
        resolve({
          url: message.url,
          ask(type) {
            const id = nextId++
            return new Promise((answer) => {
              pending.set(id, answer)
              child.send({ type, id })
            })
          },
          close() {
            return new Promise((done) => {
              const fallback = setTimeout(() => child.kill('SIGKILL'), 5_000)
              child.once('exit', () => {
                clearTimeout(fallback)
                done()
              })
              child.send({ type: 'close' })
            })
          },
        })
        return
      }
      pending.get(message?.id)?.(message.result)
      pending.delete(message?.id)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${script} exited with code ${code} before it was ready`))
    })
  })
}

/**
 * Runs `script` in a fresh node process (fresh heap, so its peak RSS is its own) and
 * resolves with the one result it sends over IPC.
 */
export function runChild(script, input, { timeoutMs = 180_000, execArgv = [] } = {}) {
  return new Promise((resolve, reject) => {
    const child = fork(script, [JSON.stringify(input)], {
      execArgv: ['--expose-gc', ...execArgv],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    const timer = withDeadline(child, timeoutMs, `${script} ${input.client ?? ''}`, reject)
    let result
    child.on('message', (message) => {
      result = message
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      if (result?.error) reject(new Error(`${input.client ?? script}: ${result.error}`))
      else if (code !== 0 || result === undefined) reject(new Error(`${input.client ?? script} exited with code ${code} without a result`))
      else resolve(result)
    })
  })
}
