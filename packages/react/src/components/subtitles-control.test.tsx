import { QueryClient } from '@tanstack/react-query'
import { describe, expect } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { dropFiles } from '../../test/dom-events'
import { srt, video, vtt } from '../../test/media-files'
import { test, withQueryClient, type MockedX } from '../../test/mocked-x'
import { MediaUploader, type MediaUploaderLayout } from './media-uploader'

// Uploads go through msw on a shared CI machine: wait generously, assert exactly.
const WAIT = { timeout: 10_000 }

async function uploadedVideo(x: MockedX, layout: MediaUploaderLayout) {
  const Wrapper = withQueryClient(new QueryClient())
  const screen = await render(
    <Wrapper>
      <MediaUploader uploader={x.uploader({ retry: false })} layout={layout} />
    </Wrapper>,
  )
  dropFiles(screen.getByRole('region', { name: 'Media for your post' }).element(), [video('clip.mp4')])
  const subtitles = screen.getByRole('group', { name: 'Subtitles for clip.mp4' })
  await expect.element(subtitles, WAIT).toBeVisible()
  const videoId = x.mock.store.list().find((media) => media.kind === 'video')?.id ?? ''
  const tracks = () => x.mock.store.get(videoId)?.subtitles.map(({ languageCode, displayName }) => `${languageCode} ${displayName}`)
  return { screen, subtitles, tracks }
}

describe.each(['list', 'grid'] as const)('<MediaUploader> subtitles (%s layout)', (layout) => {
  test('attaches, replaces and deletes a video’s subtitles on X', async ({ x }) => {
    const { subtitles, tracks } = await uploadedVideo(x, layout)

    await userEvent.upload(subtitles.getByLabelText('Subtitles file (SRT or VTT)'), srt('clip.en.srt'))
    await subtitles.getByRole('button', { name: 'Add English subtitles' }).click()
    await expect.element(subtitles.getByText('English subtitles (clip.en.srt)'), WAIT).toBeVisible()
    expect(tracks()).toEqual(['EN English'])

    await userEvent.upload(subtitles.getByLabelText('Subtitles file (SRT or VTT)'), vtt('clip.es.vtt'))
    await userEvent.selectOptions(subtitles.getByLabelText('Language'), 'ES')
    await subtitles.getByRole('button', { name: 'Add Español subtitles' }).click()
    await expect.element(subtitles.getByText('Español subtitles (clip.es.vtt)'), WAIT).toBeVisible()
    expect(tracks()).toEqual(['EN English', 'ES Español'])

    // The same language again replaces its track on X.
    await userEvent.upload(subtitles.getByLabelText('Subtitles file (SRT or VTT)'), srt('clip.en.v2.srt', 'Hello again'))
    await userEvent.selectOptions(subtitles.getByLabelText('Language'), 'EN')
    await subtitles.getByRole('button', { name: 'Replace English subtitles' }).click()
    await expect.element(subtitles.getByText('English subtitles (clip.en.v2.srt)'), WAIT).toBeVisible()
    expect(tracks()).toHaveLength(2)
    expect(tracks()).toEqual(expect.arrayContaining(['EN English', 'ES Español']))

    await subtitles.getByRole('button', { name: 'Remove Español subtitles' }).click()
    await expect.element(subtitles.getByText('Español subtitles (clip.es.vtt)')).not.toBeInTheDocument()
    expect(tracks()).toEqual(['EN English'])
  })

  test('says why a file is refused, locally or by X, as text', async ({ x }) => {
    const { subtitles, tracks } = await uploadedVideo(x, layout)

    const notSubtitles = new File(['<b>not subtitles</b>'], 'notes.srt', { type: 'application/x-subrip' })
    await userEvent.upload(subtitles.getByLabelText('Subtitles file (SRT or VTT)'), notSubtitles)
    await subtitles.getByRole('button', { name: 'Add English subtitles' }).click()
    const alert = subtitles.getByRole('alert')
    await expect
      .poll(() => alert.query()?.textContent, WAIT)
      .toBe('The subtitles were not added: The subtitles are not well-formed SRT: line 1: expected the number of a cue, got "<b>not subtitles</b>".')
    expect(alert.element().querySelector('b')).toBeNull()
    expect(tracks()).toEqual([])

    // The mock starts over: its seeded ids begin again, so the video's id now names the
    // subtitles file just uploaded, and X refuses to attach subtitles to it in its own words.
    x.mock.reset()
    await userEvent.upload(subtitles.getByLabelText('Subtitles file (SRT or VTT)'), srt('clip.en.srt'))
    await subtitles.getByRole('button', { name: 'Add English subtitles' }).click()
    await expect
      .poll(() => alert.query()?.textContent, WAIT)
      .toMatch(/^X refused clip\.en\.srt: X refused the request \(HTTP 400\): Media id \d+ is not a video\.$/)
    await expect.element(subtitles.getByText('English subtitles (clip.en.srt)')).not.toBeInTheDocument()
  })
})
