import type { Meta, StoryObj } from '@storybook/react-vite'
import { UploadProgressBar } from '@tweet-media/react'
import { expect } from 'storybook/test'

/**
 * The progress bar of one file: a `progressbar` with a spoken value such as `1.2 MB of 4 MB`,
 * indeterminate while X processes without a percent. Styled with CSS custom properties.
 */
const meta = {
  title: 'Components/UploadProgressBar',
  component: UploadProgressBar,
  args: { fraction: 0.4, label: 'Upload progress of beach.mp4', valueText: '1.6 MB of 4 MB' },
  argTypes: { fraction: { control: { type: 'range', min: 0, max: 1, step: 0.01 } } },
} satisfies Meta<typeof UploadProgressBar>

export default meta
type Story = StoryObj<typeof meta>

/** Partway: the percentage for the bar, the bytes for a screen reader. */
export const Partway: Story = {
  play: async ({ canvas }) => {
    const bar = canvas.getByRole('progressbar', { name: 'Upload progress of beach.mp4' })
    await expect(bar).toHaveAttribute('aria-valuenow', '40')
    await expect(bar).toHaveAttribute('aria-valuetext', '1.6 MB of 4 MB')
  },
}

/** Amount unknown (X processing without a percent): no value, an animated bar. */
export const Indeterminate: Story = {
  args: { fraction: undefined, valueText: 'Processing…' },
  play: async ({ canvas }) => {
    const bar = canvas.getByRole('progressbar', { name: 'Upload progress of beach.mp4' })
    await expect(bar).not.toHaveAttribute('aria-valuenow')
    await expect(bar).toHaveAttribute('data-indeterminate')
  },
}
