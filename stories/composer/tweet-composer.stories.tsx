import type { Meta, StoryObj } from '@storybook/react-vite'
import { ANONYMOUS_OWNER } from '@tweet-media/msw'
import { expect, waitFor, within } from 'storybook/test'
import { sha256Hex } from '../../packages/core/src/file/hex'
import type { MediaUploaderLayout } from '@tweet-media/react'
import { pasteFiles } from '../../packages/react/test/dom-events'
import { video } from '../../packages/react/test/media-files'
import { pngFile } from '../support/media-files'
import { mockTuningArgTypes, useMockTuning, type MockTuning } from '../support/mock-tuning'
import { storyMock } from '../support/story-mock'
import { storyUploaderConfig } from '../support/story-uploader-config'
import { strings, uploaderParts } from '../support/uploader-parts'
import { TweetComposer } from './tweet-composer'

const composerMock = storyMock('happy')
const config = storyUploaderConfig()

/**
 * A whole tweet composer on the mock API: write, attach, describe, post. The Post button
 * is enabled only when every item is usable, and shows the media ids it would send.
 * Tune the mock live with the controls (latency, APPEND failures, processing time,
 * expiry, offline): the next request already follows them.
 */
const meta = {
  title: 'Composer/Tweet composer',
  render: function Render({ layout, ...tuning }) {
    useMockTuning(composerMock.mock, tuning)
    return <TweetComposer config={config} layout={layout} />
  },
  args: { latencyMs: 300, failureRate: 0, processingSecs: 2, expiresAfterSecs: 86_400, offline: false, layout: 'list' },
  argTypes: { ...mockTuningArgTypes, layout: { control: 'inline-radio', options: ['list', 'grid'] } },
  parameters: { msw: composerMock.handlers },
  beforeEach: composerMock.reset,
} satisfies Meta<MockTuning & { layout: MediaUploaderLayout }>

export default meta
type Story = StoryObj<typeof meta>

/** Records, at every DOM change, whether an item was still busy and whether Post was disabled. */
function watchPost(form: HTMLElement, post: HTMLButtonElement) {
  const seen: Array<{ busy: boolean; disabled: boolean }> = []
  const record = (): void => {
    const statuses = [...form.querySelectorAll('.tm-item')].map((item) => item.getAttribute('data-status'))
    seen.push({ busy: statuses.some((status) => status !== 'success'), disabled: post.disabled })
  }
  const observer = new MutationObserver(record)
  observer.observe(form, { subtree: true, childList: true, attributes: true, characterData: true })
  return () => {
    observer.disconnect()
    return seen
  }
}

/** Two photos, one with alt text, posted: the ids shown are the ones the mock issued. */
export const Composer: Story = {
  play: async ({ canvasElement, canvas, userEvent }) => {
    const post = canvas.getByRole<HTMLButtonElement>('button', { name: 'Post' })
    await expect(post).toBeDisabled()
    await userEvent.type(canvas.getByLabelText('What is happening?!'), 'Harbour at dusk')
    await expect(post).toBeEnabled()

    const stopWatching = watchPost(canvasElement, post)
    const { input, findItem } = uploaderParts(canvasElement)
    const files = [
      await pngFile('harbour.png', { hue: 210, label: 'Harbour' }),
      await pngFile('cranes.png', { hue: 20, label: 'Cranes' }),
    ]
    await userEvent.upload(input, files)
    const harbour = await findItem('harbour.png')
    const cranes = await findItem('cranes.png')
    await expect(await harbour.findByText(/^Uploaded/)).toBeVisible()
    await expect(await cranes.findByText(/^Uploaded/)).toBeVisible()
    await userEvent.type(harbour.getByLabelText(strings.altTextLabel('harbour.png')), 'Boats moored in a calm harbour at dusk')
    await userEvent.click(harbour.getByRole('button', { name: strings.altTextSaveLabel('harbour.png') }))
    await expect(await harbour.findByText(strings.altTextSaved)).toBeVisible()
    await waitFor(() => expect(post).toBeEnabled())

    const seen = stopWatching()
    // Post was never enabled while an item was still on its way, and that moment was seen.
    await expect(seen.filter((moment) => moment.busy).length).toBeGreaterThan(0)
    await expect(seen.filter((moment) => moment.busy && !moment.disabled)).toEqual([])

    await userEvent.click(post)
    const body = within(await canvas.findByRole('region', { name: 'Would post' })).getByText(/media_ids/)
    const sent = JSON.parse(body.textContent ?? '{}') as { text: string; media: { media_ids: string[] } }
    // The ids follow the items' order, whichever upload reached the mock first; each is
    // the stored media with that file's bytes.
    const stored = composerMock.mock.store.list()
    const digests = await Promise.all(files.map(sha256Hex))
    const storedFor = digests.map((digest) => stored.find((media) => media.sha256 === digest))
    await expect(sent).toEqual({ text: 'Harbour at dusk', media: { media_ids: storedFor.map((media) => media?.id) } })
    await expect(storedFor.map((media) => media?.altText)).toEqual(['Boats moored in a calm harbour at dusk', undefined])
    // Sent to the proxy path without a token: the browser held no credentials.
    await expect(stored.map((media) => media.owner)).toEqual([ANONYMOUS_OWNER, ANONYMOUS_OWNER])
  },
}

/** Every APPEND fails: the video cannot be used, so Post stays off and says nothing false. */
export const WhileAnUploadFails: Story = {
  args: { failureRate: 1, latencyMs: 0 },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const post = canvas.getByRole<HTMLButtonElement>('button', { name: 'Post' })
    await userEvent.type(canvas.getByLabelText('What is happening?!'), 'Goal!')
    const { input, findItem } = uploaderParts(canvasElement)
    await userEvent.upload(input, video('goal.mp4', 128 * 1024))
    const goal = await findItem('goal.mp4')
    const serverError = strings.errors.server({ fileName: 'goal.mp4', detail: '' })
    await expect(await goal.findByText(serverError)).toBeVisible()
    await expect(post).toBeDisabled()
    // Removing the failed video leaves a text-only post.
    await userEvent.click(goal.getByRole('button', { name: strings.remove('goal.mp4') }))
    await expect(post).toBeEnabled()
  },
}

/**
 * Alt text typed and not saved: the first click on Post stores it, then posts. Post stays
 * enabled while the field is left (no click is swallowed by a save starting on blur).
 */
export const AltTextTypedThenPost: Story = {
  args: { latencyMs: 50 },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const post = canvas.getByRole<HTMLButtonElement>('button', { name: 'Post' })
    const { input, findItem } = uploaderParts(canvasElement)
    await userEvent.upload(input, await pngFile('lake.png', { hue: 190, label: 'Lake' }))
    const lake = await findItem('lake.png')
    await expect(await lake.findByText(/^Uploaded/)).toBeVisible()
    await userEvent.type(lake.getByLabelText(strings.altTextLabel('lake.png')), 'A still lake under pines')
    await expect(post).toBeEnabled()

    await userEvent.click(post)
    const body = within(await canvas.findByRole('region', { name: 'Would post' })).getByText(/media_ids/)
    const sent = JSON.parse(body.textContent ?? '{}') as { media: { media_ids: string[] } }
    const [stored] = composerMock.mock.store.list()
    await expect(sent.media.media_ids).toEqual([stored?.id])
    await expect(stored?.altText).toBe('A still lake under pines')
  },
}

/** Alt text over X's 1,000 characters: the item is not ready, Post is off and says why. */
export const AltTextTooLong: Story = {
  args: { latencyMs: 50 },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const post = canvas.getByRole<HTMLButtonElement>('button', { name: 'Post' })
    const { input, findItem } = uploaderParts(canvasElement)
    await userEvent.upload(input, await pngFile('essay.png', { hue: 300 }))
    const essay = await findItem('essay.png')
    await expect(await essay.findByText(/^Uploaded/)).toBeVisible()
    await waitFor(() => expect(post).toBeEnabled())
    await userEvent.click(essay.getByLabelText(strings.altTextLabel('essay.png')))
    await userEvent.paste('x'.repeat(1001))
    await waitFor(() => expect(post).toBeDisabled())
    const reason = strings.notReady['alt-text-too-long']('essay.png')
    await expect(post).toHaveAccessibleDescription(reason)
    await expect(canvas.getByText(reason)).toBeVisible()
    await expect(composerMock.mock.store.list()[0]?.altText).toBeUndefined()
  },
}

/** A screenshot pasted into the post's text box is attached, as in X's composer. */
export const PasteIntoText: Story = {
  args: { latencyMs: 50 },
  play: async ({ canvasElement, canvas }) => {
    const text = canvas.getByLabelText('What is happening?!')
    pasteFiles(text, [await pngFile('screenshot.png', { hue: 90 })])
    const { findItem } = uploaderParts(canvasElement)
    await expect(await (await findItem('screenshot.png')).findByText(/^Uploaded/)).toBeVisible()
    await expect(text).toHaveValue('')
  },
}

/**
 * The composer with the grid layout, as on X: photos as thumbnails, alt text in a dialog
 * opened from each ALT button. The typed text is stored when the dialog closes.
 */
export const GridComposer: Story = {
  args: { layout: 'grid', latencyMs: 50 },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const { input } = uploaderParts(canvasElement)
    await userEvent.upload(input, [await pngFile('left.png', { hue: 0 }), await pngFile('right.png', { hue: 180 })])
    await waitFor(() => expect(canvas.getAllByText(/^Uploaded/)).toHaveLength(2))
    await userEvent.click(canvas.getByRole('button', { name: strings.editAltText('right.png') }))
    await userEvent.keyboard('The right half of the view{Escape}')
    await userEvent.click(canvas.getByRole('button', { name: 'Post' }))
    const body = within(await canvas.findByRole('region', { name: 'Would post' })).getByText(/media_ids/)
    const sent = JSON.parse(body.textContent ?? '{}') as { media: { media_ids: string[] } }
    await expect(sent.media.media_ids).toHaveLength(2)
    const described = composerMock.mock.store.list().filter((media) => media.altText !== undefined)
    await expect(described.map((media) => media.altText)).toEqual(['The right half of the view'])
    await expect(sent.media.media_ids[1]).toBe(described[0]?.id)
  },
}
