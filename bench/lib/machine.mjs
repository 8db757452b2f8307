import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'

function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((text) => text.startsWith('model name'))
    if (line) return line.split(':')[1].trim()
  } catch {
    // Not Linux: fall back to what node reports.
  }
  return os.cpus()[0]?.model ?? 'unknown'
}

function gitCommit(root) {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}

/** What a figure was measured on: node, CPU, cores, memory, OS, load at the start, commit. */
export function describeMachine(root) {
  return {
    node: process.version,
    cpu: cpuModel(),
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    commit: gitCommit(root),
    date: new Date().toISOString(),
  }
}
