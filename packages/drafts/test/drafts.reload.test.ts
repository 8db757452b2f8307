// A composer's draft across real page reloads, in Chromium, against the mock of X on a socket.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { photo, video } from '../../react/src/test/media-files'
import { composerState, startReloadHarness, type ReloadHarness } from './reload-harness'
import type { ComposerState } from './reload-page/composer-state'

const MIB = 1_048_576
const DAY = 24 * 60 * 60 * 1000
// A guard against a hang, not a measure: every wait below ends on a state the page shows.
const UNTIL = { timeout: 90_000, interval: 100 }

let harness: ReloadHarness
let context: BrowserContext
let pageErrors: Error[]

beforeAll(async () => {
  harness = await startReloadHarness()
}, 180_000)
afterAll(() => harness?.close())

afterEach(async () => {
  await context?.close()
  harness.mock.reset()
  expect(pageErrors).toEqual([])
})

async function openComposer(draft: string, query: Record<string, string> = {}): Promise<Page> {
  const page = await context.newPage()
  page.on('pageerror', (error) => pageErrors.push(error))
  await page.goto(harness.composerUrl(draft, query))
  return page
}

const newContext = async (): Promise<void> => {
  context = await harness.browser.newContext()
  pageErrors = []
}

/** Waits until the page's composer satisfies `predicate`, and returns that state. */
async function until(page: Page, predicate: (state: ComposerState) => boolean): Promise<ComposerState> {
  await expect.poll(() => composerState(page), UNTIL).toSatisfy(predicate)
  return composerState(page)
}

const ready = (state: ComposerState): boolean => state.draft?.status === 'ready'
const allUploaded = (count: number) => (state: ComposerState): boolean =>
  state.items.length === count && state.items.every((item) => item.status === 'success' && item.altTextStatus !== 'pending' && item.altTextStatus !== 'saving')

/** Picks files as a user does; written to disk first, so Chromium reads them itself (fast for 20 MB). */
async function addFiles(page: Page, files: File[]): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'tweet-media-drafts-files-'))
  const paths = await Promise.all(
    files.map(async (file) => {
      const path = join(folder, file.name)
      await writeFile(path, new Uint8Array(await file.arrayBuffer()))
      return path
    }),
  )
  await page.locator('input[type=file]').setInputFiles(paths)
}

async function typeAltText(page: Page, fileName: string, text: string): Promise<void> {
  const field = page.getByLabel(`Alt text for ${fileName}`, { exact: true })
  await field.fill(text)
  await field.blur()
}

/**
 * Reloads (or goes to `url`) and returns the moment the new page took over: a request the
 * mock saw arrive later comes from the new page, even when one of the old page's requests
 * is logged after it.
 */
async function reload(page: Page, url?: string): Promise<number> {
  await (url === undefined ? page.reload({ waitUntil: 'commit' }) : page.goto(url, { waitUntil: 'commit' }))
  return Date.now()
}
const requestsSince = (time: number) => harness.mock.store.requests.filter((request) => request.time >= time)

// Each test moves files through real requests in a real browser: on a loaded 2-core machine
// that takes far longer than the default, so the hang guard is wider.
describe('a composer draft across reloads', { timeout: 180_000 }, () => {
  it('brings back three photos with their alt text and media ids, with no request', async () => {
    await newContext()
    const page = await openComposer('photos')
    await until(page, ready)
    await addFiles(page, [photo('one.png'), photo('two.png'), photo('three.png')])
    for (const name of ['one.png', 'two.png', 'three.png']) await typeAltText(page, name, `Alt text of ${name}`)
    const before = await until(page, (state) => allUploaded(3)(state) && state.items.every((item) => item.altTextStatus === 'saved'))
    await until(page, (state) => state.saved.every((item, index) => item.mediaId === before.items[index]?.mediaId && item.altText === before.items[index]?.altText) && state.saved.length === 3)

    const reloadedAt = await reload(page)
    const after = await until(page, (state) => ready(state) && allUploaded(3)(state))

    expect(after.items.map(({ name, mediaId, altText, altTextStatus }) => ({ name, mediaId, altText, altTextStatus }))).toEqual(
      before.items.map(({ name, mediaId, altText }) => ({ name, mediaId, altText, altTextStatus: 'saved' })),
    )
    expect(new Set(after.items.map((item) => item.mediaId)).size).toBe(3)
    expect(requestsSince(reloadedAt)).toEqual([])
    // The previews come back too, drawn from the stored files.
    await expect.poll(() => page.locator('img').evaluateAll((images) => images.filter((image) => (image as HTMLImageElement).naturalWidth > 0).length), UNTIL).toBe(3)
  })

  it('forgets a removed item at once, and the whole draft when the post is sent', async () => {
    await newContext()
    const page = await openComposer('posted')
    await until(page, ready)
    await addFiles(page, [photo('keep.png'), photo('drop.png')])
    await until(page, (state) => allUploaded(2)(state) && state.saved.length === 2 && state.saved.every((item) => item.mediaId !== undefined))

    await page.getByRole('button', { name: 'Remove drop.png' }).click()
    await until(page, (state) => state.saved.length === 1)
    await page.reload()
    const kept = await until(page, (state) => ready(state) && allUploaded(1)(state))
    expect(kept.items.map((item) => item.name)).toEqual(['keep.png'])

    await page.getByRole('button', { name: 'Post' }).click()
    await until(page, (state) => state.items.length === 0 && state.saved.length === 0)
    await page.reload()
    await until(page, ready)
    expect((await composerState(page)).items).toEqual([])
  })

  it('resumes a 20 MB video interrupted at about 40 %, sending only the missing segments', async () => {
    await newContext()
    // Slow answers, so the reload lands mid-upload.
    harness.mock.configure({ latencyMs: 500 })
    const page = await openComposer('video')
    await until(page, ready)
    await addFiles(page, [video('clip.mp4', 20 * MIB)])
    await until(page, (state) => (state.saved[0]?.acknowledged ?? 0) >= 8)
    // Hold the link: only the APPENDs already on their way can still land before the reload.
    harness.mock.configure({ latencyMs: 10_000 })

    const reloadedAt = await reload(page)
    const restored = await until(page, (state) => ready(state) && state.items.length === 1)
    harness.mock.configure({ latencyMs: 0 })
    const done = await until(page, allUploaded(1))

    const kept = restored.items[0]?.restoredAcknowledged ?? []
    const sentAfter = requestsSince(reloadedAt).filter((request) => request.step === 'APPEND' && request.outcome === 'ok')
    const perSegment = new Map<number, number>()
    for (const { segmentIndex } of sentAfter) perSegment.set(segmentIndex as number, (perSegment.get(segmentIndex as number) ?? 0) + 1)
    const missing = Array.from({ length: 20 }, (_, index) => index).filter((index) => !kept.includes(index))

    expect(kept.length).toBeGreaterThanOrEqual(8)
    expect(kept.length).toBeLessThan(20)
    expect([...perSegment.keys()].sort((a, b) => a - b)).toEqual(missing)
    expect([...perSegment.values()].every((count) => count === 1)).toBe(true)
    expect(requestsSince(reloadedAt).filter((request) => request.step === 'INIT')).toEqual([])
    const stored = harness.mock.store.get(done.items[0]?.mediaId as string)
    expect(stored?.segmentIndices).toEqual(Array.from({ length: 20 }, (_, index) => index))
  })

  it('uploads again from the stored file when the media id expired during the reload', async () => {
    await newContext()
    const page = await openComposer('expiring')
    await until(page, ready)
    await addFiles(page, [photo('sunset.png')])
    await typeAltText(page, 'sunset.png', 'A sunset over the sea')
    const before = await until(page, (state) => allUploaded(1)(state) && state.items[0]?.altTextStatus === 'saved')
    await until(page, (state) => state.saved[0]?.mediaId === before.items[0]?.mediaId && state.saved[0]?.altText === 'A sunset over the sea')

    // The page's clock a day and an hour on: X's 24-hour id has expired.
    const reloadedAt = await reload(page, harness.composerUrl('expiring', { clockOffsetMs: String(DAY + 60 * 60 * 1000) }))
    const after = await until(page, (state) => ready(state) && allUploaded(1)(state) && state.items[0]?.mediaId !== before.items[0]?.mediaId)

    expect(after.items[0]).toMatchObject({ name: 'sunset.png', altText: 'A sunset over the sea', altTextStatus: 'saved' })
    expect(requestsSince(reloadedAt).map((request) => request.step)).toEqual(['UPLOAD', 'METADATA'])
    expect(harness.mock.store.get(after.items[0]?.mediaId as string)?.altText).toBe('A sunset over the sea')
  })

  it('stores alt text typed before the reload that X did not get, and nothing else', async () => {
    await newContext()
    const page = await openComposer('alt-text')
    await until(page, ready)
    await addFiles(page, [photo('cat.png')])
    const uploaded = await until(page, allUploaded(1))
    // Every request now fails at once: the alt text stays unsaved at X.
    harness.mock.configure({ offline: true })
    await typeAltText(page, 'cat.png', 'A cat asleep on a keyboard')
    await until(page, (state) => state.saved[0]?.altText === 'A cat asleep on a keyboard')

    const reloadedAt = await reload(page)
    harness.mock.configure({ offline: false })
    const after = await until(page, (state) => ready(state) && state.items[0]?.altTextStatus === 'saved')

    expect(after.items[0]?.mediaId).toBe(uploaded.items[0]?.mediaId)
    expect(requestsSince(reloadedAt).filter((request) => request.outcome === 'ok').map((request) => request.step)).toEqual(['METADATA'])
    expect(harness.mock.store.get(after.items[0]?.mediaId as string)?.altText).toBe('A cat asleep on a keyboard')
  })

  it('uploads a file once when two tabs hold the same draft: the second waits, then takes over', async () => {
    await newContext()
    harness.mock.configure({ latencyMs: 300 })
    const first = await openComposer('shared')
    await until(first, ready)
    await addFiles(first, [video('shared.mp4', 8 * MIB)])
    await until(first, (state) => (state.saved[0]?.acknowledged ?? 0) >= 1)

    const second = await openComposer('shared')
    await until(second, (state) => state.draft?.status === 'waiting' && (state.draft?.otherTab ?? 0) === 1)
    await expect.poll(() => second.getByRole('progressbar', { name: 'Upload of shared.mp4 in the other tab' }).count(), UNTIL).toBe(1)
    expect((await composerState(second)).items).toEqual([])
    const uploaded = await until(first, (state) => allUploaded(1)(state) && state.saved[0]?.mediaId === state.items[0]?.mediaId)
    const closedAt = Date.now()
    await first.close({ runBeforeUnload: true })

    const taken = await until(second, (state) => ready(state) && allUploaded(1)(state))
    expect(taken.items[0]?.mediaId).toBe(uploaded.items[0]?.mediaId)
    expect(requestsSince(closedAt)).toEqual([])
    expect(harness.mock.store.requests.filter((request) => request.step === 'INIT')).toHaveLength(1)
  })

  it('tells which files to pick again when the browser refuses storage, and keeps working', async () => {
    await newContext()
    // IndexedDB refused, as in some private modes: metadata goes to localStorage.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError')
        },
      })
    })
    const page = await openComposer('refused')
    await until(page, ready)
    await addFiles(page, [photo('left.png'), photo('right.png')])
    await typeAltText(page, 'left.png', 'The left half')
    await until(page, (state) => allUploaded(2)(state) && state.draft?.storage === 'local-storage')
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'refused to store' }).textContent(), UNTIL).toContain('left.png, right.png')

    await page.reload()
    await until(page, ready)
    const notice = page.getByRole('status').filter({ hasText: 'pick them again' })
    await expect.poll(() => notice.textContent(), UNTIL).toContain('left.png, right.png')
    expect((await composerState(page)).items).toEqual([])

    await addFiles(page, [photo('left.png')])
    const picked = await until(page, (state) => allUploaded(1)(state) && state.items[0]?.altTextStatus === 'saved')
    expect(picked.items[0]?.altText).toBe('The left half')
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'pick it again' }).textContent(), UNTIL).toContain('right.png')

    // Still told after another reload: the metadata of the missing file stays in the draft.
    await page.reload()
    await until(page, ready)
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'pick them again' }).textContent(), UNTIL).toContain('right.png')
  })
})
