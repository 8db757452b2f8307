// What the reload tests run on: the composer page of `reload-page/` built once with Vite and
// served by Vite's preview server, the standalone mock of X on a real socket, and Chromium.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { chromium, type Browser, type Page } from 'playwright'
import { build, preview } from 'vite'
import { createMockServer, type MockServer } from '@tweet-media/msw/node'
import { chromiumLaunchOptions } from '../../../scripts/chromium-launch-options.mjs'
import { workspaceAliases } from '../../../vite.aliases'
import type { ComposerState } from './reload-page/composer-state'

const pageRoot = fileURLToPath(new URL('./reload-page/', import.meta.url))

/** The running page server, mock and browser. */
export interface ReloadHarness {
  readonly mock: MockServer
  readonly browser: Browser
  /** The composer's address for a draft (the mock's address is added). */
  composerUrl(draft: string, query?: Record<string, string>): string
  close(): Promise<void>
}

/** Builds the page (no dev server: nothing can reload it but the test) and starts everything. */
export async function startReloadHarness(): Promise<ReloadHarness> {
  const outDir = await mkdtemp(join(tmpdir(), 'tweet-media-drafts-page-'))
  const common = { root: pageRoot, configFile: false as const, logLevel: 'warn' as const, build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 } }
  await build({ ...common, plugins: [react()], resolve: { alias: workspaceAliases } })
  const server = await preview({ ...common, preview: { host: '127.0.0.1', port: 0, strictPort: false } })
  const origin = server.resolvedUrls?.local[0]
  if (origin === undefined) throw new Error('The preview server has no address.')
  // Standing in for the app's signing proxy: requests without credentials are served.
  const mock = await createMockServer({ port: 0, seed: 12, auth: 'optional' })
  const browser = await chromium.launch(chromiumLaunchOptions)
  return {
    mock,
    browser,
    composerUrl: (draft, query = {}) => `${origin}?${new URLSearchParams({ mock: mock.url, draft, ...query })}`,
    async close() {
      await browser.close()
      await mock.close()
      await server.close()
      await rm(outDir, { recursive: true, force: true })
    },
  }
}

/** The composer as the page shows it. */
export async function composerState(page: Page): Promise<ComposerState> {
  return JSON.parse((await page.getByTestId('state').textContent()) ?? 'null') as ComposerState
}
