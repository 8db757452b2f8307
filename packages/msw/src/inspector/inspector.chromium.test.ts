// The inspector page in real Chromium, fed by uploads through core to the standalone server.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { MediaUploadError, uploadMedia } from '@tweet-media/core'
import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createMockServer, type MockServer } from '../node/create-mock-server'
import { launchChromium } from '../../test/inspector-media/launch-chromium'
import { photoFile, videoFile } from '../../test/inspector-media/files'

// A guard against a hang, not a measure: every wait ends on something the page shows.
const UNTIL = { timeout: 30_000 }
// Markup in alt text must show as typed, never become elements.
const ALT_TEXT = 'A <b>blue</b> & "orange" gradient <img src=x onerror=alert(1)>'

let server: MockServer
let browser: Browser
const pageErrors: Error[] = []

beforeAll(async () => {
  // One processing round that ends at the first poll after 1 s of the real clock.
  server = await createMockServer({ port: 0, seed: 5, processing: { rounds: 0, checkAfterSecs: 1 } })
  browser = await launchChromium()
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const upload = (file: File, altText?: string) =>
  uploadMedia(file, { baseUrl: server.url, auth: { bearerToken: 'dev-token' }, retry: false, ...(altText ? { altText } : {}) })

const card = (page: Page, mediaId: string) => page.locator(`li.media[data-media-id="${mediaId}"]`)
const fact = (page: Page, mediaId: string, term: string) => card(page, mediaId).locator(`dd[data-fact="${term}"]`)

it('shows uploads live with previews, switches offline from the page, and resets', async () => {
  const page = await browser.newPage()
  page.on('pageerror', (error) => pageErrors.push(error))
  await page.goto(server.inspectorUrl ?? '')
  await expect.poll(() => page.getByRole('status').textContent(), UNTIL).toContain('Live: 0 media')

  const photo = await upload(photoFile(), ALT_TEXT)
  const video = await upload(videoFile())

  // Both arrive through the live feed, without a reload.
  await card(page, photo.mediaId).waitFor(UNTIL)
  await card(page, video.mediaId).waitFor(UNTIL)
  await expect.poll(() => fact(page, video.mediaId, 'Processing').textContent(), UNTIL).toBe('succeeded 100%')
  expect(await fact(page, photo.mediaId, 'Alt text').textContent()).toBe(ALT_TEXT)
  expect(await card(page, photo.mediaId).locator('dd b, dd img').count()).toBe(0)
  expect(await fact(page, photo.mediaId, 'Type').textContent()).toBe('image, image/png')
  expect(await fact(page, video.mediaId, 'Type').textContent()).toBe('video, video/mp4')
  expect(await fact(page, video.mediaId, 'State').textContent()).toBe('finalized')
  expect(await fact(page, photo.mediaId, 'Size').textContent()).toBe(`${photoFile().size} B`)

  // The previews come from the stored bytes: the image decodes, the video loads its metadata.
  const image = card(page, photo.mediaId).locator('.preview img')
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), UNTIL).toBe(48)
  expect(await image.getAttribute('alt')).toBe(ALT_TEXT)
  const player = card(page, video.mediaId).locator('.preview video')
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.videoWidth), UNTIL).toBe(64)

  // The page is accessible as rendered, uploads included.
  // Evaluated rather than added as a tag: the page's CSP refuses inline scripts.
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8'))
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: () => Promise<{ violations: { id: string; help: string }[] }> } }
    return (await axe.run()).violations.map((v) => `${v.id}: ${v.help}`)
  })
  expect(violations).toEqual([])

  // Offline from the page, with the keyboard: the next upload fails with a network error.
  await page.getByLabel('Offline (every connection drops)').focus()
  await page.keyboard.press('Space')
  await expect.poll(() => page.getByRole('status').textContent(), UNTIL).toContain('offline')
  expect(server.mock.scenario.offline).toBe(true)
  const failure = await upload(photoFile()).catch((error: unknown) => error)
  expect(failure).toBeInstanceOf(MediaUploadError)
  expect((failure as MediaUploadError).code).toBe('network')

  // The failed attempt is in the request log, as a dropped connection.
  await expect.poll(() => page.locator('#requests td').filter({ hasText: 'no answer (dropped)' }).count(), UNTIL).toBeGreaterThan(0)

  // Reset empties the store and the page.
  await page.getByRole('button', { name: 'Reset the store' }).click()
  await page.getByText('No media yet.').waitFor(UNTIL)
  expect(server.store.list()).toEqual([])
  expect(server.mock.scenario.offline).toBeUndefined()
  expect(await page.locator('li.media').count()).toBe(0)
  expect(pageErrors).toEqual([])
})
