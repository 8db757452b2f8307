import type { Meta, StoryObj } from '@storybook/react-vite'
import { MediaUploader } from '@tweet-media/react'
import { expect } from 'storybook/test'
import { pngFile } from '../support/media-files'
import { storyMock } from '../support/story-mock'
import { storyUploaderConfig } from '../support/story-uploader-config'
import { uploaderParts } from '../support/uploader-parts'

const happy = storyMock('happy')

/**
 * The stylesheet's colour presets. By default the uploader follows the system's
 * `prefers-color-scheme`; `theme` (the `data-tm-theme` attribute, also honoured on any
 * ancestor) forces `light` or `dark`.
 */
const meta = {
  title: 'MediaUploader/Themes',
  component: MediaUploader,
  args: { config: storyUploaderConfig(), layout: 'grid' },
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] } },
  parameters: { msw: happy.handlers },
  beforeEach: happy.reset,
} satisfies Meta<typeof MediaUploader>

export default meta
type Story = StoryObj<typeof meta>

const colours = (element: Element) => {
  const { color, backgroundColor } = getComputedStyle(element)
  return { color, backgroundColor }
}

/** Forced dark: X's "lights out" colours, whatever the system prefers. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  play: async ({ canvasElement, userEvent }) => {
    const { region, input } = uploaderParts(canvasElement)
    await userEvent.upload(input, await pngFile('night.png', { hue: 240, label: 'Night' }))
    await expect(region).toHaveAttribute('data-tm-theme', 'dark')
    await expect(colours(region)).toEqual({ color: 'rgb(231, 233, 234)', backgroundColor: 'rgb(0, 0, 0)' })
  },
}

/** Forced light, also inside a dark page. */
export const Light: Story = {
  args: { theme: 'light' },
  play: async ({ canvasElement }) => {
    const { region } = uploaderParts(canvasElement)
    await expect(colours(region)).toEqual({ color: 'rgb(15, 20, 25)', backgroundColor: 'rgb(255, 255, 255)' })
  },
}

/** A `data-tm-theme="dark"` on a page wrapper is honoured too. */
export const DarkFromAncestor: Story = {
  decorators: [
    (Story) => (
      <div data-tm-theme="dark">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const { region } = uploaderParts(canvasElement)
    await expect(colours(region).backgroundColor).toBe('rgb(0, 0, 0)')
  },
}
