import type { Meta, StoryObj } from '@storybook/react-vite'
import { prepareMedia } from '@tweet-media/prepare'
import { MediaUploader } from '@tweet-media/react'
import { expect, waitFor } from 'storybook/test'
import { canEncodeH264, fixture } from '../../packages/prepare/test/browser-fixtures'
import { dropFiles } from '../../packages/react/test/dom-events'
import { storyMock } from '../support/story-mock'
import { storyUploaderConfig } from '../support/story-uploader-config'
import { strings, uploaderParts } from '../support/uploader-parts'

const happy = storyMock('happy')
// Decoding, encoding and transcoding real files on a shared machine: room to finish (under the
// 30 s test timeout, so a miss shows the DOM), no timing asserted.
const SLOW = { timeout: 25_000 }

/**
 * `<MediaUploader>` with `prepare: prepareMedia` from `@tweet-media/prepare`: every file a
 * person picks goes up as it is, is made to fit (and the item says how), or is refused
 * with the rule and the file's own value, before a byte is sent. The files are the
 * package's test fixtures (`packages/prepare/fixtures`).
 */
const meta = {
  title: 'MediaUploader/Preparing files',
  component: MediaUploader,
  args: { config: storyUploaderConfig({ prepare: prepareMedia }) },
  parameters: { msw: happy.handlers },
  beforeEach: happy.reset,
} satisfies Meta<typeof MediaUploader>

export default meta
type Story = StoryObj<typeof meta>

/** A phone photo with GPS and orientation 6: location and camera details gone, pixels untouched, still upright. */
export const LocationRemoved: Story = {
  play: async ({ canvasElement }) => {
    const { region, findItem } = uploaderParts(canvasElement)
    dropFiles(region, [await fixture('photo-12mp-gps-orientation6.jpg', 'image/jpeg')])
    const item = await findItem('photo-12mp-gps-orientation6.jpg')
    await item.findByText('Location removed · camera details removed', {}, SLOW)
    await item.findByText(/^Uploaded/, {}, SLOW)
    await expect(happy.mock.store.list()[0]?.photoMetadata).toEqual({ exif: false, gps: false, otherMetadata: false })
  },
}

/** An iPhone HEIC: converted to JPEG (the WASM decoder loads for it alone), location removed. */
export const HeicConverted: Story = {
  play: async ({ canvasElement }) => {
    const { region, findItem } = uploaderParts(canvasElement)
    dropFiles(region, [await fixture('photo-gps.heic', 'image/heic')])
    const item = await findItem('photo-gps.heic')
    await item.findByText('Converted from HEIC to JPEG · location removed · camera details removed', {}, SLOW)
    await item.findByText(/^Uploaded/, {}, SLOW)
    await expect(happy.mock.store.list()[0]?.mediaType).toBe('image/jpeg')
  },
}

/** A 6.2 MB PNG with transparency: over X's 5 MB, made to fit as WebP with its transparency. */
export const LargePngFitted: Story = {
  play: async ({ canvasElement }) => {
    const { region, findItem } = uploaderParts(canvasElement)
    dropFiles(region, [await fixture('png-6mb-alpha.png', 'image/png')])
    const item = await findItem('png-6mb-alpha.png')
    // ImageMagick wrote date text chunks into it: they go too.
    await item.findByText('Converted from PNG to WebP · camera details removed', {}, SLOW)
    await item.findByText(/^Uploaded/, {}, SLOW)
    await expect(happy.mock.store.list()[0]?.size).toBeLessThanOrEqual(5 * 1_048_576)
  },
}

/** An animated GIF of 360 frames: X takes 350; refused with the count, nothing sent. */
export const GifTooManyFrames: Story = {
  play: async ({ canvasElement }) => {
    const { region, findItem } = uploaderParts(canvasElement)
    dropFiles(region, [await fixture('gif-360-frames.gif', 'image/gif')])
    const item = await findItem('gif-360-frames.gif')
    await item.findByText('gif-360-frames.gif has 360 frames; X takes animated GIFs of up to 350 frames.', {}, SLOW)
    await expect(happy.mock.store.requests).toHaveLength(0)
  },
}

/** A 2 min 30 s video: refused in milliseconds with its length and X's, nothing sent. */
export const VideoTooLong: Story = {
  play: async ({ canvasElement }) => {
    const { region, findItem } = uploaderParts(canvasElement)
    dropFiles(region, [await fixture('video-150s.mp4', 'video/mp4')])
    const item = await findItem('video-150s.mp4')
    await item.findByText('video-150s.mp4 is 2 min 30 s long; X takes videos up to 2 min 20 s.', {}, SLOW)
    await expect(happy.mock.store.requests).toHaveLength(0)
  },
}

/** A VP9 WebM: transcoded to H.264/AAC MP4 where WebCodecs can, else refused naming the container rule. */
export const WebmTranscoded: Story = {
  play: async ({ canvasElement }) => {
    const { region, findItem } = uploaderParts(canvasElement)
    dropFiles(region, [await fixture('video-vp9.webm', 'video/webm')])
    const item = await findItem('video-vp9.webm')
    if (!(await canEncodeH264())) {
      await item.findByText(/video-vp9\.webm is a video\/webm file; X takes MP4 and MOV videos\./, {}, SLOW)
      return
    }
    await item.findByText('Converted to an H.264 MP4 video', {}, SLOW)
    await waitFor(() => expect(happy.mock.store.list()[0]?.mediaType).toBe('video/mp4'), SLOW)
  },
}

/** A video within every rule: nothing to do, it goes up as it is and no line is shown. */
export const VideoAsIs: Story = {
  play: async ({ canvasElement }) => {
    const { region, findItem } = uploaderParts(canvasElement)
    dropFiles(region, [await fixture('video-ok-360p30.mp4', 'video/mp4')])
    const item = await findItem('video-ok-360p30.mp4')
    await waitFor(() => expect(happy.mock.store.list()[0]?.size).toBe(63_489), SLOW)
    await expect(region.querySelector('.tm-item__prepared')).toBeNull()
    await expect(item.queryByText(strings.statusError)).toBeNull()
  },
}
