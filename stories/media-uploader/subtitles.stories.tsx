import type { Meta, StoryObj } from '@storybook/react-vite'
import { MediaUploader } from '@tweet-media/react'
import { expect, waitFor, within } from 'storybook/test'
import { srt, video, vtt } from '../../packages/react/test/media-files'
import { storyMock } from '../support/story-mock'
import { storyUploaderConfig } from '../support/story-uploader-config'
import { uploaderParts } from '../support/uploader-parts'

const happy = storyMock('happy')

const meta = {
  title: 'MediaUploader/Subtitles',
  component: MediaUploader,
  args: { config: storyUploaderConfig() },
  parameters: { msw: happy.handlers },
  beforeEach: happy.reset,
  tags: ['!autodocs'],
} satisfies Meta<typeof MediaUploader>

export default meta
type Story = StoryObj<typeof meta>

/** The tracks the mock of X holds on the story's one video, as `CODE Name`. */
const tracksOnX = (): string[] | undefined => {
  const videoId = happy.mock.store.list().find((media) => media.kind === 'video')?.id ?? ''
  return happy.mock.store.get(videoId)?.subtitles.map(({ languageCode, displayName }) => `${languageCode} ${displayName}`)
}

/**
 * Subtitles on an uploaded video: an English SRT is attached, a Spanish VTT added, the
 * English track replaced by a new file, then the Spanish one removed. Each step is on X
 * (the mock's store) before the item shows it.
 */
export const AttachReplaceDelete: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { input, findItem } = uploaderParts(canvasElement)
    await userEvent.upload(input, video('interview.mp4'))
    const item = await findItem('interview.mp4')
    const subtitles = within(await item.findByRole('group', { name: 'Subtitles for interview.mp4' }))
    const file = subtitles.getByLabelText('Subtitles file (SRT or VTT)')
    const language = subtitles.getByLabelText('Language')

    await userEvent.upload(file, srt('interview.en.srt', 'Welcome to the show'))
    await userEvent.click(subtitles.getByRole('button', { name: 'Add English subtitles' }))
    await expect(await subtitles.findByText('English subtitles (interview.en.srt)')).toBeVisible()
    expect(tracksOnX()).toEqual(['EN English'])

    await userEvent.upload(subtitles.getByLabelText('Subtitles file (SRT or VTT)'), vtt('interview.es.vtt', 'Bienvenidos'))
    await userEvent.selectOptions(language, 'ES')
    await userEvent.click(subtitles.getByRole('button', { name: 'Add Español subtitles' }))
    await expect(await subtitles.findByText('Español subtitles (interview.es.vtt)')).toBeVisible()

    await userEvent.upload(subtitles.getByLabelText('Subtitles file (SRT or VTT)'), srt('interview.en.fixed.srt', 'Welcome to our show'))
    await userEvent.selectOptions(language, 'EN')
    await userEvent.click(subtitles.getByRole('button', { name: 'Replace English subtitles' }))
    await expect(await subtitles.findByText('English subtitles (interview.en.fixed.srt)')).toBeVisible()
    expect(tracksOnX()?.sort()).toEqual(['EN English', 'ES Español'])

    await userEvent.click(subtitles.getByRole('button', { name: 'Remove Español subtitles' }))
    await waitFor(() => expect(subtitles.queryByText('Español subtitles (interview.es.vtt)')).toBeNull())
    expect(tracksOnX()).toEqual(['EN English'])
  },
}
