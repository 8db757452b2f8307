import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Renders of a component using `useMediaUpload` during one upload, counted by a
 * `<Profiler onRender>` in headless Chromium (Vitest browser mode, XHR transport, the mock
 * server over loopback).
 */
export function runRenders({ root, fileBytes }) {
  const resultsFile = 'bench/results/renders.json'
  rmSync(join(root, resultsFile), { force: true })
  execFileSync('pnpm', ['exec', 'vitest', 'run', '--config', 'bench/renders/vitest.config.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 300_000,
    env: { ...process.env, BENCH_RENDER_MB: String(fileBytes / 1024 / 1024), BENCH_RENDER_RESULTS: resultsFile, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  })
  return JSON.parse(readFileSync(join(root, resultsFile), 'utf8'))
}
