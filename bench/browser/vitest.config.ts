import { defineBrowserCommand } from '@vitest/browser'
import { defineConfig } from 'vitest/config'
// The repository's own headless Chromium setup (provider, executable, flags), reused as is.
import { browser } from '../../vitest.config.ts'
import { workspaceAliases } from '../../vite.aliases.ts'

/** V8's used heap of the page, read over the DevTools protocol: exact, unlike `performance.memory`. */
const jsHeapUsed = defineBrowserCommand<[]>(async (context) => {
  const page = (context as unknown as { page: { context(): { newCDPSession(page: unknown): Promise<{ send(method: string): Promise<{ usedSize: number }>; detach(): Promise<void> }> } } }).page
  const session = await page.context().newCDPSession(page)
  try {
    return (await session.send('Runtime.getHeapUsage')).usedSize
  } finally {
    await session.detach()
  }
})

/** `pnpm bench` only: core's XHR uploads in headless Chromium against a bare XHR loop, the main thread and the heap. */
export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    name: 'bench-browser',
    include: ['bench/browser/*.bench-test.ts'],
    globalSetup: ['bench/browser/global-setup.ts'],
    browser: { ...browser, screenshotFailures: false, commands: { jsHeapUsed } },
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
})
