// Takes docs/screenshots/composer.png from a running Storybook (`pnpm dev`, or a static
// server over storybook-static): the composer story after its play function has posted.
// Usage: node stories/scripts/screenshot-composer.mjs [storybook-url]
import { mkdir } from 'node:fs/promises'
import { chromium } from 'playwright'
import { chromiumLaunchOptions } from '../../scripts/chromium-launch-options.mjs'

const base = (process.argv[2] ?? 'http://localhost:6006').replace(/\/+$/, '')
const out = new URL('../../docs/screenshots/composer.png', import.meta.url)

const browser = await chromium.launch(chromiumLaunchOptions)
try {
  const page = await browser.newPage({ viewport: { width: 680, height: 900 }, deviceScaleFactor: 2 })
  const errors = []
  page.on('console', (message) => {
    // The bare story iframe has no favicon; anything else is a real error.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`${message.text()} (${message.location().url})`)
  })
  await page.goto(`${base}/iframe.html?id=composer-tweet-composer--composer&viewMode=story`)
  // The dev server compiles on first visit: wait for the end of the play function, not a time.
  await page.getByRole('region', { name: 'Would post' }).waitFor({ timeout: 120_000 })
  await mkdir(new URL('.', out), { recursive: true })
  await page.locator('form.composer').screenshot({ path: out.pathname })
  if (errors.length > 0) throw new Error(`console errors:\n${errors.join('\n')}`)
  console.log(`wrote ${out.pathname}`)
} finally {
  await browser.close()
}
