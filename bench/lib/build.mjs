import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

// The hash of the sources a benchmark build was made from, written into that build's dist.
// A dist that is merely newer than its sources is not trusted: it may have been built
// from an edit that has since been undone.
const STAMP = '.bench-source-hash'

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return sourceFiles(path)
      return /\.test\.tsx?$/.test(entry.name) ? [] : [path]
    })
    .sort()
}

/** A hash of everything that shapes a package's dist: its sources, package.json and build config. */
function sourceHash(packageDir) {
  const hash = createHash('sha256')
  const inputs = [...sourceFiles(join(packageDir, 'src')), ...['package.json', 'tsup.config.ts'].map((name) => join(packageDir, name)).filter(existsSync)]
  for (const path of inputs) hash.update(`${relative(packageDir, path)}\0`).update(readFileSync(path)).update('\0')
  return hash.digest('hex')
}

const builtFrom = (packageDir) => {
  const stamp = join(packageDir, 'dist', STAMP)
  return existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : undefined
}

/**
 * Builds the workspace packages whose `dist` was not built from their current sources
 * (benchmarks run what users install), and stamps each build with the hash of its sources.
 */
export function buildStale(root, packages) {
  const hashes = new Map(packages.map((name) => [name, sourceHash(join(root, 'packages', name))]))
  const stale = packages.filter((name) => builtFrom(join(root, 'packages', name)) !== hashes.get(name))
  if (stale.length === 0) return []
  const filters = stale.flatMap((name) => ['--filter', `@tweet-media/${name}`])
  execFileSync('pnpm', [...filters, 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 })
  for (const name of stale) writeFileSync(join(root, 'packages', name, 'dist', STAMP), `${hashes.get(name)}\n`)
  return stale
}
