// Takes packages/msw/docs/inspector.png: the inspector page of a standalone mock server after
// a photo with alt text, a processed video and an unfinished upload.
// Usage (after `pnpm build`): node packages/msw/scripts/screenshot-inspector.mjs
import { mkdir, readFile } from 'node:fs/promises'
import { uploadMedia } from '@tweet-media/core'
import { createMockServer } from '@tweet-media/msw/node'
import { chromium } from 'playwright'
import { chromiumLaunchOptions } from '../../../scripts/chromium-launch-options.mjs'

const out = new URL('../docs/inspector.png', import.meta.url)
const media = (name) => readFile(new URL(`../test/inspector-media/${name}`, import.meta.url))
const auth = { bearerToken: 'screenshot' }

const server = await createMockServer({ port: 0, seed: 4, processing: { rounds: 0, checkAfterSecs: 1 } })
const browser = await chromium.launch(await chromiumLaunchOptions)
try {
  const upload = (bytes, name, type, altText) => uploadMedia(new File([bytes], name, { type }), { baseUrl: server.url, auth, altText })
  await upload(await media('photo.png'), 'photo.png', 'image/png', 'A gradient from blue to orange')
  await upload(await media('clip.mp4'), 'clip.mp4', 'video/mp4')
  // An upload still on its way: one segment of three.
  const headers = { authorization: `Bearer ${auth.bearerToken}` }
  const init = await fetch(`${server.url}/2/media/upload/initialize`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ media_type: 'video/mp4', total_bytes: 3 * 1_048_576, media_category: 'tweet_video' }),
  })
  const { data } = await init.json()
  const segment = new FormData()
  segment.set('segment_index', '0')
  segment.set('media', new Blob([new Uint8Array(1_048_576)]))
  await fetch(`${server.url}/2/media/upload/${data.id}/append`, { method: 'POST', headers, body: segment })
  // A refusal, so the log shows X's error body.
  await fetch(`${server.url}/2/media/upload?command=STATUS&media_id=1`, { headers })

  const page = await browser.newPage({ viewport: { width: 1100, height: 1300 }, deviceScaleFactor: 1 })
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(server.inspectorUrl)
  await page.locator('li.media').nth(2).waitFor()
  await page.locator('.preview video').evaluate((video) => (video.readyState >= 2 ? undefined : new Promise((resolve) => video.addEventListener('loadeddata', resolve, { once: true }))))
  await mkdir(new URL('.', out), { recursive: true })
  await page.screenshot({ path: out.pathname, fullPage: true })
  if (errors.length > 0) throw new Error(`page errors:\n${errors.join('\n')}`)
  console.log(`wrote ${out.pathname}`)
} finally {
  await browser.close()
  await server.close()
}
