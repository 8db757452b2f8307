import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/**
 * @tweet-media/prepare in headless Chromium (Vitest browser mode): time to prepare a 12 MP
 * JPEG and a 24 MP HEIC, main-thread long tasks meanwhile (0 expected: the work is in a
 * worker; reported with the frame they ran in), and what a file needing no preparation
 * makes the page load (0 expected, a failure otherwise).
 */
export function runPrepare({ root }) {
  const resultsFile = 'bench/results/prepare.json'
  rmSync(join(root, resultsFile), { force: true })
  execFileSync('pnpm', ['exec', 'vitest', 'run', '--config', 'bench/prepare/vitest.config.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 600_000,
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  })
  const results = JSON.parse(readFileSync(join(root, resultsFile), 'utf8'))
  // Long tasks are reported, not gated: the observer also sees Vitest's own page, which
  // shares the test frame's thread, and a loaded 2-core machine stretches small tasks.
  return { ...results, passed: results.noPreparation.resourcesLoaded === 0 }
}
