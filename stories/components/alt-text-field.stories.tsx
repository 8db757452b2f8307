import type { Meta, StoryObj } from '@storybook/react-vite'
import { AltTextField } from '@tweet-media/react'
import { expect, fn } from 'storybook/test'
import { strings } from '../support/uploader-parts'

/**
 * The alt text field `<MediaUploader>` shows under each photo and GIF, for apps that draw
 * their own items (`renderItem`). It counts against X's 1,000 characters and keeps the draft
 * until it is saved.
 */
const meta = {
  title: 'Components/AltTextField',
  component: AltTextField,
  args: { fileName: 'lighthouse.png', value: '', status: 'none', onSave: fn() },
} satisfies Meta<typeof AltTextField>

export default meta
type Story = StoryObj<typeof meta>

/** Typing then leaving the field hands the text over once; the count follows every key. */
export const Writing: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const field = canvas.getByLabelText(strings.altTextLabel('lighthouse.png'))
    await userEvent.type(field, 'A red lighthouse')
    await expect(canvas.getByText(strings.altTextCount(16, 1000))).toBeVisible()
    await expect(args.onSave).not.toHaveBeenCalled()
    await userEvent.tab()
    await expect(args.onSave).toHaveBeenCalledTimes(1)
    await expect(args.onSave).toHaveBeenCalledWith('A red lighthouse')
  },
}

/** Stored on X: the field says so, and saving again sends nothing. */
export const Saved: Story = {
  args: { value: 'A red lighthouse on a cliff', status: 'saved' },
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByText(strings.altTextSaved)).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: strings.altTextSaveLabel('lighthouse.png') }))
    await expect(args.onSave).not.toHaveBeenCalled()
  },
}

/** The last save failed: the text stays, the reason is shown as text, Save is offered again. */
export const SaveFailed: Story = {
  args: {
    value: 'A red lighthouse on a cliff',
    status: 'error',
    errorMessage: '<b>X had a problem.</b>',
  },
  play: async ({ canvas }) => {
    const alert = canvas.getByRole('alert')
    // A server's words are text, never markup.
    await expect(alert).toHaveTextContent(strings.altTextSaveFailed('<b>X had a problem.</b>'))
    await expect(alert.querySelector('b')).toBeNull()
    await expect(canvas.getByLabelText(strings.altTextLabel('lighthouse.png'))).toHaveValue('A red lighthouse on a cliff')
    await expect(canvas.getByRole('button', { name: strings.altTextSaveLabel('lighthouse.png') })).toBeEnabled()
  },
}
