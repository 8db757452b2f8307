// The example app's smoke test: its mock build served as static files, driven in headless
// Chromium like a person would: add a photo, describe it, post, see the post's id.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { chromium } from 'playwright'
import { chromiumLaunchOptions } from './chromium-launch-options.mjs'

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' }
// A guard against a hang, not a performance bound: a loaded CI machine may be slow.
const STEP_TIMEOUT_MS = 60_000

/** Serves `root` on 127.0.0.1 (unknown paths get index.html, as a single-page app host does). */
export async function serveStatic(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '')
    let file = join(root, path)
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html')
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(resolve)) }
}

/** Runs the composer flow on the mock build in `distDir`; answers the id of the post. */
export async function smokeTestExample(distDir) {
  const site = await serveStatic(distDir)
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage()
    page.setDefaultTimeout(STEP_TIMEOUT_MS)
    const errors = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.goto(site.url)
    await page.getByRole('button', { name: 'Post' }).waitFor()
    // The mock of X is the page's service worker, as in development.
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) throw new Error('msw worker is not controlling the page')

    // A real PNG, drawn by the browser itself.
    const png = await page.evaluate(() => {
      const canvas = document.createElement('canvas')
      canvas.width = 96
      canvas.height = 64
      const context = canvas.getContext('2d')
      context.fillStyle = '#1d9bf0'
      context.fillRect(0, 0, 96, 64)
      return canvas.toDataURL('image/png').split(',')[1]
    })
    await page.getByLabel('What is happening?!').fill('Harbour at dusk')
    await page.locator('input[type="file"]').setInputFiles({ name: 'harbour.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') })
    await page.getByLabel(/alt text/i).first().fill('Boats moored in a calm harbour at dusk')
    await page.getByRole('button', { name: /save/i }).first().click()
    await page.getByText(/alt text saved/i).or(page.getByText('ALT', { exact: true })).first().waitFor()

    const post = page.getByRole('button', { name: 'Post', disabled: false })
    await post.click()
    const status = page.getByRole('status').filter({ hasText: /Posted|Not posted/ })
    const text = await status.textContent()
    const id = /Posted: (\d+)/.exec(text ?? '')?.[1]
    if (id === undefined) throw new Error(`the post failed: ${text}`)
    if (errors.length > 0) throw new Error(`errors in the page:\n${errors.join('\n')}`)
    return id
  } finally {
    await browser.close()
    await site.close()
  }
}
