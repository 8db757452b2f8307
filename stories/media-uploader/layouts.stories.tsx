import type { Meta, StoryObj } from '@storybook/react-vite'
import { MediaUploader } from '@tweet-media/react'
import { expect, waitFor, within } from 'storybook/test'
import { video } from '../../packages/react/test/media-files'
import { pngFile } from '../support/media-files'
import { storyMock } from '../support/story-mock'
import { storyUploaderConfig } from '../support/story-uploader-config'
import { strings, uploaderParts } from '../support/uploader-parts'

const happy = storyMock('happy')

/**
 * The two layouts of `<MediaUploader>`: `list` (the default, a card per file with its alt
 * text field) and `grid` (X's post grid of one to four thumbnails, a remove and an ALT
 * button on each, alt text in a dialog). Items can be reordered in both, by their move
 * buttons or by dragging one onto another; the media ids follow the order.
 */
const meta = {
  title: 'MediaUploader/Layouts',
  component: MediaUploader,
  args: { config: storyUploaderConfig() },
  parameters: { msw: happy.handlers },
  beforeEach: happy.reset,
} satisfies Meta<typeof MediaUploader>

export default meta
type Story = StoryObj<typeof meta>

const order = (region: HTMLElement): string[] =>
  [...region.querySelectorAll('[data-item-id] [aria-label^="Preview of"], [data-item-id] img[alt^="Preview of"]')].map(
    (preview) => (preview.getAttribute('aria-label') ?? preview.getAttribute('alt') ?? '').replace('Preview of ', ''),
  )

/** The list: three photos, the last moved to the front with the keyboard. */
export const List: Story = {
  args: { layout: 'list' },
  play: async ({ canvasElement, userEvent }) => {
    const { region, input, findItem } = uploaderParts(canvasElement)
    const files = await Promise.all(['sea', 'sand', 'sky'].map((name, index) => pngFile(`${name}.png`, { hue: index * 120, label: name })))
    await userEvent.upload(input, files)
    const sky = await findItem('sky.png')
    await userEvent.click(sky.getByRole('button', { name: strings.moveEarlier('sky.png') }))
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(order(region)).toEqual(['sky.png', 'sea.png', 'sand.png']))
  },
}

/**
 * The grid, as in X's composer: three photos (one tall on the left, two stacked), each
 * described through its ALT button; the dialog shows the photo, keeps the focus, and
 * gives it back to the ALT button when closed.
 */
export const Grid: Story = {
  args: { layout: 'grid' },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const { region, input } = uploaderParts(canvasElement)
    const files = await Promise.all(['dune', 'oasis', 'camel'].map((name, index) => pngFile(`${name}.png`, { hue: 30 + index * 40, label: name })))
    await userEvent.upload(input, files)
    const grid = await within(region).findByRole('list', { name: strings.listLabel })
    await waitFor(() => expect(grid).toHaveAttribute('data-count', '3'))
    await waitFor(() => expect(within(region).getAllByText(/^Uploaded/)).toHaveLength(3))

    const alt = canvas.getByRole('button', { name: strings.editAltText('dune.png') })
    await userEvent.click(alt)
    const dialog = await canvas.findByRole('dialog', { name: strings.altTextDialogTitle })
    await expect(within(dialog).getByRole('img', { name: strings.previewLabel('dune.png') })).toBeVisible()
    await expect(within(dialog).getByLabelText(strings.altTextLabel('dune.png'))).toHaveFocus()
    await userEvent.keyboard('Ripples on a sand dune at noon')
    await userEvent.click(within(dialog).getByRole('button', { name: strings.altTextDialogDone }))
    await waitFor(() => expect(alt).toHaveFocus())
    await waitFor(() => expect(alt).toHaveAttribute('data-described'))
    await expect(happy.mock.store.list().map((media) => media.altText).filter(Boolean)).toEqual(['Ripples on a sand dune at noon'])

    await userEvent.click(canvas.getByRole('button', { name: strings.remove('oasis.png') }))
    await waitFor(() => expect(grid).toHaveAttribute('data-count', '2'))
  },
}

/** A video in the grid: its first frame as a still, or (here, a file the browser cannot decode) a fallback. */
export const GridWithVideo: Story = {
  args: { layout: 'grid' },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const { input } = uploaderParts(canvasElement)
    await userEvent.upload(input, video('goal.mp4'))
    const preview = await canvas.findByRole('img', { name: strings.previewLabel('goal.mp4') })
    await waitFor(() => expect(preview).toHaveAttribute('data-preview', 'unavailable'))
    await expect(preview).toHaveTextContent(strings.previewUnavailable)
    await expect(canvasElement.querySelector('video')).toBeNull()
  },
}
