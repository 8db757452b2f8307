import type { Meta, StoryObj } from '@storybook/react-vite'
import { MediaUploader } from '@tweet-media/react'
import { expect, waitFor } from 'storybook/test'
import { requestsOf } from '../../packages/core/test/test-support'
import { video } from '../../packages/react/test/media-files'
import { pngFile } from '../support/media-files'
import { storyMock } from '../support/story-mock'
import { storyUploaderConfig } from '../support/story-uploader-config'
import { strings, uploaderParts } from '../support/uploader-parts'

const CHUNK = 64 * 1024
const slowLink = storyMock('slowNetwork', { latencyMs: { min: 150, max: 300 }, processing: { rounds: 1, checkAfterSecs: 0.2 } })
const processing = storyMock('slowProcessing', { processing: { rounds: 3, checkAfterSecs: 0.3 } })
const happy = storyMock('happy')

const meta = {
  title: 'MediaUploader/Uploading',
  component: MediaUploader,
  // One APPEND at a time in small chunks, so progress is easy to follow.
  args: { config: storyUploaderConfig({ chunkSize: CHUNK, concurrency: 1 }) },
  parameters: { msw: happy.handlers },
  beforeEach: happy.reset,
  tags: ['!autodocs'],
} satisfies Meta<typeof MediaUploader>

export default meta
type Story = StoryObj<typeof meta>

/**
 * A video on a slow connection: 6 segments, each answered after 150–300 ms. Under msw the
 * bar moves one segment at a time (a service worker sees a body only once it is sent).
 */
export const UploadingOnASlowLink: Story = {
  parameters: { msw: slowLink.handlers },
  beforeEach: slowLink.reset,
  play: async ({ canvasElement, userEvent }) => {
    const { input, findItem } = uploaderParts(canvasElement)
    await userEvent.upload(input, video('harbour.mp4', 6 * CHUNK))
    const item = await findItem('harbour.mp4')
    const bar = await item.findByRole('progressbar', { name: strings.progressLabel('harbour.mp4') })
    await waitFor(() => {
      const percent = Number(bar.getAttribute('aria-valuenow'))
      expect(percent).toBeGreaterThan(0)
      expect(percent).toBeLessThan(100)
    })
    await expect(item.getByText(/^Uploading \d+%$/)).toBeVisible()
    await expect(await item.findByText(/^Uploaded/)).toBeVisible()
    await expect(requestsOf(slowLink.mock, 'APPEND', 'ok').map((entry) => entry.segmentIndex)).toEqual([0, 1, 2, 3, 4, 5])
  },
}

/** After the last byte X processes a video; the bar follows `progress_percent` from STATUS. */
export const VideoProcessingWithProgress: Story = {
  parameters: { msw: processing.handlers },
  beforeEach: processing.reset,
  play: async ({ canvasElement, userEvent }) => {
    const { input, findItem } = uploaderParts(canvasElement)
    await userEvent.upload(input, video('timelapse.mp4', 2 * CHUNK))
    const item = await findItem('timelapse.mp4')
    await expect(await item.findByText(/^Processing \d+%$/)).toBeVisible()
    await expect(await item.findByText(/^Uploaded/)).toBeVisible()
    await expect(item.getByText(strings.altTextUnsupported)).toBeVisible()
    const [stored] = processing.mock.store.list()
    await expect(stored?.processing?.state).toBe('succeeded')
    // Polled until done: one STATUS per round at least.
    await expect(processing.mock.store.statusCallTimes(stored?.id ?? '').length).toBeGreaterThanOrEqual(3)
  },
}

/** A photo with alt text: stored with X's metadata call, then shown with an ALT badge. */
export const SuccessWithAltText: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { input, findItem } = uploaderParts(canvasElement)
    await userEvent.upload(input, await pngFile('sunset.png', { hue: 20 }))
    const item = await findItem('sunset.png')
    await expect(await item.findByText(/^Uploaded/)).toBeVisible()
    const altText = 'Orange sun setting behind the harbour cranes'
    await userEvent.type(item.getByLabelText(strings.altTextLabel('sunset.png')), altText)
    await userEvent.click(item.getByRole('button', { name: strings.altTextSaveLabel('sunset.png') }))
    await expect(await item.findByText(strings.altTextSaved)).toBeVisible()
    await expect(item.getByText(strings.altBadgeLabel)).toBeInTheDocument()
    await expect(happy.mock.store.list()[0]?.altText).toBe(altText)
  },
}

/** Alt text being written: a live count against X's 1,000 characters; nothing is sent until saved. */
export const EditingAltText: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { input, findItem } = uploaderParts(canvasElement)
    await userEvent.upload(input, await pngFile('dog.png', { hue: 120 }))
    const item = await findItem('dog.png')
    await expect(await item.findByText(/^Uploaded/)).toBeVisible()
    const field = item.getByLabelText(strings.altTextLabel('dog.png'))
    await userEvent.type(field, 'A dog')
    await expect(item.getByText(strings.altTextCount(5, 1000))).toBeVisible()
    await expect(item.getByRole('button', { name: strings.altTextSaveLabel('dog.png') })).toBeEnabled()
    await expect(happy.mock.store.requests.some((request) => request.step === 'METADATA')).toBe(false)
    // Past the limit the count says by how much, and saving is off.
    await userEvent.clear(field)
    await userEvent.click(field)
    await userEvent.paste('x'.repeat(1001))
    await expect(item.getByText(strings.altTextTooLong(1001, 1000))).toBeVisible()
    await expect(item.getByRole('button', { name: strings.altTextSaveLabel('dog.png') })).toBeDisabled()
    await expect(field).toHaveAttribute('aria-invalid', 'true')
  },
}

/** Canceled halfway: every request stops, X is left with an unfinished id, Retry is offered. */
export const Canceled: Story = {
  parameters: { msw: slowLink.handlers },
  beforeEach: slowLink.reset,
  play: async ({ canvasElement, userEvent }) => {
    const { input, findItem } = uploaderParts(canvasElement)
    await userEvent.upload(input, video('concert.mp4', 8 * CHUNK))
    const item = await findItem('concert.mp4')
    await waitFor(() => expect(requestsOf(slowLink.mock, 'APPEND', 'ok').length).toBeGreaterThan(0))
    await userEvent.click(item.getByRole('button', { name: strings.cancel('concert.mp4') }))
    await expect(await item.findByText(strings.statusCanceled)).toBeVisible()
    await expect(item.getByRole('button', { name: strings.retry('concert.mp4') })).toBeVisible()
    await expect(slowLink.mock.store.list()[0]?.state).toBe('uploading')
  },
}
