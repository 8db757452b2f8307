import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
// The repository's own headless Chromium setup (provider, executable, flags), reused as is.
import { browser } from '../../vitest.config.ts'
import { workspaceAliases } from '../../vite.aliases.ts'

/** `pnpm bench` only: counts renders of a `useMediaUpload` component during a real upload. */
export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAliases },
  test: {
    name: 'bench-renders',
    include: ['bench/renders/*.bench-test.tsx'],
    globalSetup: ['bench/renders/global-setup.ts'],
    // A failed count is reported by pnpm bench; no screenshot files in the tree.
    browser: { ...browser, screenshotFailures: false },
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
})
