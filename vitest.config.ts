import { defineConfig } from 'vitest/config'
import { playwright } from '@vitest/browser-playwright'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import react from '@vitejs/plugin-react'
import { msw } from 'msw/vite'
import { chromiumLaunchOptions } from './scripts/chromium-launch-options.mjs'
import { workspaceAliases } from './vite.aliases.ts'

/** Headless Chromium for every browser project (and the benchmark of renders); which Chromium: scripts/resolve-chromium.mjs. */
export const browser = {
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: 'chromium' as const }],
}

const browserTestDependencies = [
  'react',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom',
  'react-dom/client',
  'react-dom/server',
  '@tanstack/react-query',
  'react-dropzone',
  'axe-core',
  'msw',
  'msw/browser',
  'vitest-browser-react',
  // Imported by @tweet-media/prepare's media worker.
  'mediabunny',
  'libheif-js/libheif-wasm/libheif-bundle.mjs',
]

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    // Several tests move tens of MB through real requests; on a loaded 2-core CI machine
    // they take seconds. A hung test still fails, only later than Vitest's 5 s default.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // expect.poll and expect.element wait for what must appear; their 1 s default failed a
    // correct test on a loaded 2-core machine. A wrong expectation still fails, after 10 s.
    expect: { poll: { timeout: 10_000 } },
    // CI reads the JSON report to print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.vitest-results.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/{core,msw,prepare,server-redis}/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          // XMLHttpRequest exists only in a browser: those tests run in the browser project.
          exclude: ['**/node_modules/**', 'packages/**/*.browser.test.ts', '**/*.msw2.test.ts'],
          environment: 'node',
        },
      },
      {
        // @tweet-media/msw declares `msw: ^2.11.0 || ^3.0.0`: its own tests again, on msw 2.
        extends: true,
        resolve: { alias: [{ find: /^msw(\/.*)?$/, replacement: 'msw2$1' }] },
        test: {
          name: 'unit-msw2',
          include: ['packages/msw/src/**/*.test.ts', 'scripts/**/*.msw2.test.ts'],
          // The memory soak measures the mock server's own retention, not msw.
          exclude: ['**/node_modules/**', 'packages/msw/src/node/memory.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        // The React transform, and msw's worker script served at /mockServiceWorker.js.
        plugins: [react(), msw({ mode: 'worker-only' })],
        // Pre-bundled up front: a dependency found mid-run makes Vite reload the page, and the
        // reloaded test can end up with two copies of React.
        optimizeDeps: { include: browserTestDependencies },
        test: {
          name: 'browser',
          include: [
            'packages/react/src/**/*.test.{ts,tsx}',
            'packages/{core,prepare}/src/**/*.browser.test.ts',
            'packages/drafts/src/**/*.test.ts',
          ],
          // The standalone mock of X on a real socket, for what msw's service worker cannot show.
          globalSetup: ['packages/core/test/mock-server.global-setup.ts'],
          browser,
        },
      },
      {
        // Drafts across real page reloads: a Node test drives Chromium through Playwright.
        extends: true,
        test: {
          name: 'reload',
          include: ['packages/drafts/test/**/*.reload.test.ts'],
          environment: 'node',
        },
      },
      {
        // Every story's `play` function runs as a test in headless Chromium, msw worker included.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          // Its own instance list: Vitest names instances per project.
          browser: { ...browser, instances: [{ browser: 'chromium' as const }] },
        },
      },
    ],
  },
})
