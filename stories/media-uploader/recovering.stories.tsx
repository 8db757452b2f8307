import type { Meta, StoryObj } from '@storybook/react-vite'
import { MediaUploader } from '@tweet-media/react'
import { expect } from 'storybook/test'
import { requestsOf } from '../../packages/core/test/test-support'
import { video } from '../../packages/react/test/media-files'
import { pngFile } from '../support/media-files'
import { storyMock } from '../support/story-mock'
import { storyUploaderConfig } from '../support/story-uploader-config'
import { strings, uploaderParts } from '../support/uploader-parts'

const CHUNK = 64 * 1024
const fastProcessing = { processing: { rounds: 1, checkAfterSecs: 0.2 } }
const rateLimited = storyMock('rateLimited', { rateLimit: { afterRequests: 4, resetAfterSecs: 1 }, ...fastProcessing })
const flaky = storyMock('flakyAppends', fastProcessing)
const offline = storyMock('offline')
const shortExpiry = storyMock('shortExpiry')

const meta = {
  title: 'MediaUploader/Recovering',
  component: MediaUploader,
  args: { config: storyUploaderConfig({ chunkSize: CHUNK, concurrency: 1 }) },
  tags: ['!autodocs'],
} satisfies Meta<typeof MediaUploader>

export default meta
type Story = StoryObj<typeof meta>

/**
 * X answers 429 after four requests; the uploader waits for the window X names in
 * `x-rate-limit-reset`, then carries on from the next segment: nothing is sent twice.
 */
export const RateLimitedThenResumed: Story = {
  parameters: { msw: rateLimited.handlers },
  beforeEach: rateLimited.reset,
  play: async ({ canvasElement, userEvent }) => {
    const { input, findItem } = uploaderParts(canvasElement)
    await userEvent.upload(input, video('rally.mp4', 5 * CHUNK))
    const item = await findItem('rally.mp4')
    await expect(await item.findByText(/^Uploaded/)).toBeVisible()
    const { requests } = rateLimited.mock.store
    await expect(requests.some((request) => request.outcome === 'rate-limited')).toBe(true)
    await expect(requests.filter((request) => request.step === 'INIT')).toHaveLength(1)
    await expect(requestsOf(rateLimited.mock, 'APPEND', 'ok').map((entry) => entry.segmentIndex)).toEqual([0, 1, 2, 3, 4])
  },
}

/**
 * About a third of APPENDs fail with 503. With retries left to the user, the error and a
 * Retry button appear; each retry resumes after the last acknowledged segment.
 */
export const ServerErrorRetried: Story = {
  args: { config: storyUploaderConfig({ chunkSize: CHUNK, concurrency: 1, retry: false }) },
  parameters: { msw: flaky.handlers },
  beforeEach: flaky.reset,
  play: async ({ canvasElement, userEvent }) => {
    const { input, findItem } = uploaderParts(canvasElement)
    await userEvent.upload(input, video('match.mp4', 6 * CHUNK))
    const item = await findItem('match.mp4')
    const serverError = strings.errors.server({ fileName: 'match.mp4', detail: '' })
    await expect(await item.findByText(serverError)).toBeVisible()
    // The seeded mock fails a few APPENDs: retry until the upload goes through.
    for (let attempt = 0; attempt < 10 && item.queryByText(serverError); attempt++) {
      await userEvent.click(item.getByRole('button', { name: strings.retry('match.mp4') }))
      await item.findByText(new RegExp(`^(Uploaded|${serverError})`))
    }
    await expect(await item.findByText(/^Uploaded/)).toBeVisible()
    const failures = flaky.mock.store.requests.filter((request) => request.outcome === 'injected-failure')
    await expect(failures.length).toBeGreaterThan(0)
    await expect(requestsOf(flaky.mock, 'APPEND', 'ok').map((entry) => entry.segmentIndex)).toEqual([0, 1, 2, 3, 4, 5])
  },
}

/** No connection: the upload fails with a plain message; when the network is back, Retry finishes it. */
export const Offline: Story = {
  parameters: { msw: offline.handlers },
  beforeEach: offline.reset,
  play: async ({ canvasElement, userEvent }) => {
    const { input, findItem } = uploaderParts(canvasElement)
    await userEvent.upload(input, await pngFile('train.png', { hue: 280 }))
    const item = await findItem('train.png')
    const lost = strings.errors.network({ fileName: 'train.png', detail: '' })
    await expect(await item.findByText(lost)).toBeVisible()
    await expect(offline.mock.store.list()).toHaveLength(0)
    offline.mock.configure({ offline: false })
    await userEvent.click(item.getByRole('button', { name: strings.retry('train.png') }))
    await expect(await item.findByText(/^Uploaded/)).toBeVisible()
    await expect(offline.mock.store.list()).toHaveLength(1)
  },
}

/**
 * The `shortExpiry` preset grants ids for 30 s, less than the uploader's default 60 s
 * safety margin; with a 27 s margin an id is usable for 3 s after its upload.
 */
const briefMargin = storyUploaderConfig({ chunkSize: CHUNK, concurrency: 1, expiryMarginMs: 27_000 })
const shortLivedIds = { parameters: { msw: shortExpiry.handlers }, beforeEach: shortExpiry.reset }

/** Uploads menu.png and returns its item once it shows as uploaded, with seconds left. */
async function uploadShortLived({ canvasElement, userEvent }: Parameters<NonNullable<Story['play']>>[0]) {
  const { input, findItem } = uploaderParts(canvasElement)
  await userEvent.upload(input, await pngFile('menu.png', { hue: 50 }))
  const item = await findItem('menu.png')
  await expect(await item.findByText(/^Uploaded, expires in less than a minute$/)).toBeVisible()
  return item
}

/**
 * Uploaded, then expired while waiting in the post: the item is flagged the moment its id
 * stops being usable (a timer set for that moment), never handed to a post, and Retry
 * uploads the file again for a fresh id. Here `reuploadExpired: false`, so it waits for
 * the user.
 */
export const ExpiredMedia: Story = {
  ...shortLivedIds,
  args: { config: briefMargin, reuploadExpired: false },
  play: async (context) => {
    const item = await uploadShortLived(context)
    // Far sooner than the periodic check (every 15 s): the timer set for this id's expiry.
    await expect(await item.findByText(strings.statusExpired)).toBeVisible()
    await expect(item.queryByRole('progressbar')).toBeNull()

    shortExpiry.mock.configure({ expiresAfterSecs: 86_400 })
    await context.userEvent.click(item.getByRole('button', { name: strings.retry('menu.png') }))
    await expect(await item.findByText(/^Uploaded$/)).toBeVisible()
    const [expired, fresh] = shortExpiry.mock.store.list()
    await expect(fresh?.id).toBeDefined()
    await expect(fresh?.id).not.toBe(expired?.id)
  },
}

/**
 * The default: media that expires after its upload is uploaded again by itself, with the
 * alt text the user gave, so the post always gets a usable id.
 */
export const ExpiredMediaUploadedAgain: Story = {
  ...shortLivedIds,
  args: { config: briefMargin },
  play: async (context) => {
    const { userEvent } = context
    const item = await uploadShortLived(context)
    const altText = 'Lunch menu on a chalkboard'
    await userEvent.type(item.getByLabelText(strings.altTextLabel('menu.png')), altText)
    await userEvent.click(item.getByRole('button', { name: strings.altTextSaveLabel('menu.png') }))
    // The next id X hands out lasts a day.
    shortExpiry.mock.configure({ expiresAfterSecs: 86_400 })

    await expect(await item.findByText(/^Uploaded$/, {}, { timeout: 15_000 })).toBeVisible()
    const stored = shortExpiry.mock.store.list()
    await expect(stored.length).toBeGreaterThanOrEqual(2)
    await expect(stored.at(-1)?.altText).toBe(altText)
    await expect(item.getByLabelText(strings.altTextLabel('menu.png'))).toHaveValue(altText)
  },
}
