// Child processes for the repository's scripts, with their output kept for error messages.
import { spawn } from 'node:child_process'

/** Runs a command; answers stdout and stderr together, or rejects with them. */
export function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output}`))))
  })
}

/**
 * Starts `command` and waits until its output matches `ready`; answers the match and a
 * stop function. A process that never gets ready is stopped after `timeoutMs` (a guard
 * against a hang, generous for a loaded machine).
 */
export function startUntil(command, args, options, ready, timeoutMs = 60_000) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options })
    let output = ''
    const stop = () => child.kill()
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`${command} ${args.join(' ')} was not ready after ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    const read = (chunk) => {
      output += chunk
      const match = ready.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve({ match, stop })
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      reject(new Error(`${command} ${args.join(' ')} ended (exit ${code}) before it was ready:\n${output}`))
    })
  })
}
