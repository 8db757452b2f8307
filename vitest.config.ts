import { defineConfig } from 'vitest/config'
import { playwright } from '@vitest/browser-playwright'
import { workspaceAliases } from './vite.aliases'

// Debian's Chromium by default (Playwright's own browser download is not used).
const browser = {
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
}

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    // CI reads the JSON report to print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.vitest-results.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/{core,msw}/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/react/src/**/*.test.{ts,tsx}'],
          browser,
        },
      },
    ],
  },
})
