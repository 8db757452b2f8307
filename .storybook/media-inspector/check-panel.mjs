// Checks the media mock panel in a running Storybook (`pnpm dev`, or a static server over
// storybook-static): after the composer story's play function has posted, the panel lists
// the media the story's mock received, with their alt text.
// Usage: node .storybook/media-inspector/check-panel.mjs [storybook-url]
import { chromium } from 'playwright'
import { chromiumLaunchOptions } from '../../scripts/chromium-launch-options.mjs'

const base = (process.argv[2] ?? 'http://localhost:6006').replace(/\/+$/, '')
const browser = await chromium.launch(await chromiumLaunchOptions)
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  await page.goto(`${base}/?path=/story/composer-tweet-composer--composer&addonPanel=tweet-media/media-inspector/panel`)
  const preview = page.frameLocator('#storybook-preview-iframe')
  // The dev server compiles on first visit: wait for the end of the play function, not a time.
  await preview.getByRole('region', { name: 'Would post' }).waitFor({ timeout: 180_000 })
  const posted = await preview.getByRole('region', { name: 'Would post' }).textContent()
  const panel = page.locator('.tm-media-inspector')
  await panel.locator('li.media').nth(1).waitFor({ timeout: 30_000 })
  const ids = await panel.locator('li.media h3').allTextContents()
  const altTexts = await panel.locator('dd[data-fact="Alt text"]').allTextContents()
  for (const id of ids) if (!posted?.includes(id)) throw new Error(`the panel shows ${id}, which the story did not post (${posted})`)
  console.log(`panel shows ${ids.length} media: ${ids.join(', ')}; alt text: ${JSON.stringify(altTexts)}`)
} finally {
  await browser.close()
}
