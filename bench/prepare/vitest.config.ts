import { defineConfig } from 'vitest/config'
// The repository's own headless Chromium setup (provider, executable, flags), reused as is.
import { browser } from '../../vitest.config.ts'
import { workspaceAliases } from '../../vite.aliases.ts'

/** `pnpm bench` only: media preparation in headless Chromium (time, main-thread long tasks, bytes loaded). */
export default defineConfig({
  resolve: { alias: workspaceAliases },
  optimizeDeps: { include: ['mediabunny', 'libheif-js/libheif-wasm/libheif-bundle.mjs'] },
  test: {
    name: 'bench-prepare',
    include: ['bench/prepare/*.bench-test.ts'],
    browser: { ...browser, screenshotFailures: false },
    testTimeout: 300_000,
  },
})
