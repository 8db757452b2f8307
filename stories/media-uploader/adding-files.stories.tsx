import type { Meta, StoryObj } from '@storybook/react-vite'
import { MB } from '@tweet-media/core'
import { MediaUploader } from '@tweet-media/react'
import { expect, waitFor } from 'storybook/test'
import { dragOver, dropFiles } from '../../packages/react/test/dom-events'
import { photo, video } from '../../packages/react/test/media-files'
import { pdfFile, pngFile } from '../support/media-files'
import { storyMock } from '../support/story-mock'
import { storyUploaderConfig } from '../support/story-uploader-config'
import { strings, uploaderParts } from '../support/uploader-parts'

const happy = storyMock('happy')

/**
 * `<MediaUploader>`: the media part of a tweet composer. Drop, paste or choose photos, a GIF
 * or a video; each file is checked (type from its bytes, size, the post's rules) before
 * anything is sent, and a refused file never refuses the others.
 */
const meta = {
  title: 'MediaUploader/Adding files',
  component: MediaUploader,
  args: { config: storyUploaderConfig() },
  parameters: { msw: happy.handlers },
  beforeEach: happy.reset,
} satisfies Meta<typeof MediaUploader>

export default meta
type Story = StoryObj<typeof meta>

/** Nothing attached yet: a button, the drop hint and X's rules. */
export const Empty: Story = {
  play: async ({ canvasElement, canvas }) => {
    const { region } = uploaderParts(canvasElement)
    await expect(canvas.getByRole('button', { name: strings.chooseFiles })).toBeEnabled()
    await expect(region).toHaveTextContent(strings.dropHint)
    await expect(region).toHaveTextContent(strings.rulesHint)
    await expect(canvas.queryByRole('list', { name: strings.listLabel })).toBeNull()
  },
}

/** Files dragged over the uploader, not dropped yet: the drop area says so. */
export const DragOver: Story = {
  play: async ({ canvasElement }) => {
    const { region } = uploaderParts(canvasElement)
    dragOver(region, [await pngFile('cat.png')])
    await waitFor(() => expect(region).toHaveTextContent('Drop to add. Up to 4 photos, or 1 GIF, or 1 video.'))
    await expect(region).toHaveAttribute('data-drag-active')
    // Only a drop adds files: nothing was sent.
    await expect(happy.mock.store.requests).toHaveLength(0)
  },
}

/** A 6 MB photo: over X's 5 MB limit for photos, refused (size and limit named) before a single byte is sent. */
export const TooLarge: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { input, findRejection } = uploaderParts(canvasElement)
    await userEvent.upload(input, photo('panorama.png', 6 * MB))
    const rejection = await findRejection('file-too-large')
    await expect(rejection).toHaveTextContent('panorama.png is too large (6 MB): the limit for this type is 5 MB.')
    await expect(happy.mock.store.requests).toHaveLength(0)
  },
}

/** A PDF dropped on the uploader: X takes photos, GIFs and videos only. */
export const WrongType: Story = {
  play: async ({ canvasElement }) => {
    const { region, findRejection } = uploaderParts(canvasElement)
    dropFiles(region, [pdfFile('boarding-pass.pdf')])
    const rejection = await findRejection('unsupported-type')
    await expect(rejection).toHaveTextContent(
      strings.errors['unsupported-type']({ fileName: 'boarding-pass.pdf', detail: '' }),
    )
    await expect(happy.mock.store.requests).toHaveLength(0)
  },
}

/** Five photos at once: the first four upload, the fifth is refused with the reason. */
export const TooManyFiles: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { input, findItem, findRejection } = uploaderParts(canvasElement)
    const photos = await Promise.all(
      ['one', 'two', 'three', 'four', 'five'].map((name, index) => pngFile(`${name}.png`, { hue: index * 60 })),
    )
    await userEvent.upload(input, photos)
    const rejection = await findRejection('too-many-files')
    await expect(rejection).toHaveTextContent('five.png')
    for (const name of ['one', 'two', 'three', 'four']) {
      const item = await findItem(`${name}.png`)
      await expect(await item.findByText(/^Uploaded/)).toBeVisible()
    }
    await expect(happy.mock.store.list().map((media) => media.kind)).toEqual(['image', 'image', 'image', 'image'])
  },
}

/** A photo and a video in one drop: a post holds one kind, so the video is refused. */
export const MixedMedia: Story = {
  play: async ({ canvasElement }) => {
    const { region, findItem, findRejection } = uploaderParts(canvasElement)
    dropFiles(region, [await pngFile('beach.png'), video('waves.mp4')])
    const rejection = await findRejection('mixed-media')
    await expect(rejection).toHaveTextContent('waves.mp4')
    const beach = await findItem('beach.png')
    await expect(await beach.findByText(/^Uploaded/)).toBeVisible()
  },
}

/**
 * Refusals are listed in the order the files were chosen, whichever check refused them,
 * and each can be dismissed. The same file chosen again is refused as a duplicate.
 */
export const RefusalsInOrder: Story = {
  play: async ({ canvasElement, canvas, userEvent }) => {
    const { region, findItem, findRejection } = uploaderParts(canvasElement)
    const beach = await pngFile('beach.png')
    dropFiles(region, [pdfFile('menu.pdf'), beach, video('waves.mp4'), pdfFile('ticket.pdf')])
    await findRejection('mixed-media')
    const listed = () => [...region.querySelectorAll('.tm-uploader__rejections li')].map((li) => li.getAttribute('data-code'))
    await expect(listed()).toEqual(['unsupported-type', 'mixed-media', 'unsupported-type'])
    await expect(await (await findItem('beach.png')).findByText(/^Uploaded/)).toBeVisible()

    dropFiles(region, [beach])
    const duplicate = await findRejection('duplicate-file')
    await expect(duplicate).toHaveTextContent('beach.png is already in this post.')
    await expect(happy.mock.store.list()).toHaveLength(1)

    await userEvent.click(canvas.getByRole('button', { name: strings.dismissRejection('waves.mp4') }))
    await expect(listed()).toEqual(['unsupported-type', 'unsupported-type', 'duplicate-file'])
  },
}

/** Four photos fill a post: the add button is disabled and says why. */
export const PostFull: Story = {
  play: async ({ canvasElement, canvas, userEvent }) => {
    const { input, findItem } = uploaderParts(canvasElement)
    const photos = await Promise.all(['n', 'e', 's', 'w'].map((name, index) => pngFile(`${name}.png`, { hue: index * 90 })))
    await userEvent.upload(input, photos)
    await findItem('w.png')
    const add = canvas.getByRole('button', { name: strings.chooseFiles })
    await waitFor(() => expect(add).toBeDisabled())
    await expect(add).toHaveAccessibleDescription(strings.postFull('image', 4))
    await expect(strings.postFull('image', 4)).toBe('The post is full: it holds up to 4 photos. Remove one to add another.')
  },
}
