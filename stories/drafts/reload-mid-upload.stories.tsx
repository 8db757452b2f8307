import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
import { requestsOf } from '../../packages/core/test/test-support'
import { video } from '../../packages/react/test/media-files'
import { storyMock } from '../support/story-mock'
import { storyUploaderConfig } from '../support/story-uploader-config'
import { strings, uploaderParts } from '../support/uploader-parts'
import { ReloadableComposer } from './reloadable-composer'

const CHUNK = 64 * 1024
const SEGMENTS = 10
const slowLink = storyMock('slowNetwork', { latencyMs: 250, processing: { rounds: 1, checkAfterSecs: 0.2 } })

const meta = {
  title: 'Drafts/Reload mid-upload',
  component: ReloadableComposer,
  args: {
    // A new draft per render: IndexedDB outlives the story.
    draftName: `story-${Date.now()}`,
    config: storyUploaderConfig({ chunkSize: CHUNK, concurrency: 1 }),
  },
  parameters: { msw: slowLink.handlers },
  beforeEach: slowLink.reset,
  tags: ['!autodocs'],
} satisfies Meta<typeof ReloadableComposer>

export default meta
type Story = StoryObj<typeof meta>

/**
 * A video of 10 segments on a slow link, and the composer reloads at about 40 %. The
 * draft brings the file back and the upload continues under the same media id: only the
 * segments X had not acknowledged are sent (one in flight at the reload may go twice).
 */
export const ReloadMidUpload: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement)
    const { input, findItem } = uploaderParts(canvasElement)
    await userEvent.upload(input, video('holiday.mp4', SEGMENTS * CHUNK))
    const before = await findItem('holiday.mp4')
    const bar = await before.findByRole('progressbar', { name: strings.progressLabel('holiday.mp4') })
    await waitFor(() => expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(40), { timeout: 30_000 })

    await userEvent.click(canvas.getByRole('button', { name: 'Reload the composer' }))
    await expect(await canvas.findByText('Page load 2')).toBeVisible()
    const after = await uploaderParts(canvasElement).findItem('holiday.mp4')
    await expect(await after.findByText(/^Uploaded/, {}, { timeout: 30_000 })).toBeVisible()

    const appends = requestsOf(slowLink.mock, 'APPEND', 'ok').map((entry) => entry.segmentIndex)
    await expect(requestsOf(slowLink.mock, 'INIT')).toHaveLength(1)
    await expect(new Set(appends).size).toBe(SEGMENTS)
    await expect(appends.length).toBeLessThanOrEqual(SEGMENTS + 1)
  },
}
