import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newestSourceTime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path))
    else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

/** Builds the workspace packages whose `dist` is missing or older than their sources (benchmarks run what users install). */
export function buildStale(root, packages) {
  const stale = packages.filter((name) => {
    const entry = join(root, 'packages', name, 'dist', 'index.js')
    return !existsSync(entry) || statSync(entry).mtimeMs < newestSourceTime(join(root, 'packages', name, 'src'))
  })
  if (stale.length === 0) return []
  const filters = stale.flatMap((name) => ['--filter', `@tweet-media/${name}`])
  execFileSync('pnpm', [...filters, 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 })
  return stale
}
