import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Renders of a component using `useMediaUpload` during one upload, counted by a
 * `<Profiler onRender>` in headless Chromium (Vitest browser mode, XHR transport, the mock
 * server over loopback); and four 32 MB videos uploading at once in `<MediaUploader>`:
 * the most React commits within one animation frame and the longest gap between frames.
 */
export function runRenders({ root, fileBytes }) {
  const resultsFile = 'bench/results/renders.json'
  rmSync(join(root, resultsFile), { force: true })
  rmSync(join(root, resultsFile.replace(/\.json$/, '-four-items.json')), { force: true })
  execFileSync('pnpm', ['exec', 'vitest', 'run', '--config', 'bench/renders/vitest.config.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 300_000,
    env: { ...process.env, BENCH_RENDER_MB: String(fileBytes / 1024 / 1024), BENCH_RENDER_RESULTS: resultsFile, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  })
  const fourItems = JSON.parse(readFileSync(join(root, resultsFile.replace(/\.json$/, '-four-items.json')), 'utf8'))
  return {
    ...JSON.parse(readFileSync(join(root, resultsFile), 'utf8')),
    fourItems: {
      ...fourItems,
      goals: {
        commitsPerFrame: { value: fourItems.maxCommitsInOneFrame, goal: 1, met: fourItems.maxCommitsInOneFrame <= 1 },
        frameGap: { value: fourItems.longestFrameGapMs, goal: fourItems.frameGapGoalMs, met: fourItems.longestFrameGapMs <= fourItems.frameGapGoalMs },
      },
    },
  }
}
