import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** `pnpm size` (size-limit, budgets in .size-limit.json) as data: min+gzip bytes per entry, and whether each fits. */
export function runSize({ root }) {
  const limits = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'))
  let output
  try {
    output = execFileSync('pnpm', ['exec', 'size-limit', '--json'], { cwd: root, encoding: 'utf8', timeout: 180_000, stdio: ['ignore', 'pipe', 'inherit'] })
  } catch (error) {
    // size-limit exits 1 when a budget is exceeded and still prints its JSON.
    output = error.stdout
    if (!output) throw error
  }
  const measured = JSON.parse(output)
  const rows = measured.map((entry) => ({
    name: entry.name,
    bytes: entry.size,
    limit: limits.find((limit) => limit.name === entry.name)?.limit,
    passed: entry.passed !== false,
  }))
  return { tool: 'size-limit (esbuild, minified, gzip)', rows, passed: rows.every((row) => row.passed) }
}
