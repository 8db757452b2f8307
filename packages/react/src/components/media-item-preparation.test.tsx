import { QueryClient } from '@tanstack/react-query'
import { MediaUploadError, type PrepareMedia } from '@tweet-media/core'
import { describe, expect } from 'vitest'
import { render } from 'vitest-browser-react'
import { dropFiles } from '../../test/dom-events'
import { photo } from '../../test/media-files'
import { test, withQueryClient, type MockedX } from '../../test/mocked-x'
import { MediaUploader, type MediaUploaderProps } from './media-uploader'

/** Stands in for a real preparation (e.g. @tweet-media/prepare): shrinks the file and reports what it did. */
const shrinking: PrepareMedia = async (file) => ({
  file: new File([file.slice(0, 40_000)], 'IMG_0001.png', { type: 'image/png' }),
  steps: [{ code: 'converted', from: 'image/heic', to: 'image/png' }, { code: 'resized', from: '8000x6000', to: '4000x3000' }, { code: 'location-removed' }],
  original: { type: 'image/heic', size: file.size },
})

async function renderUploader(x: MockedX, prepare: PrepareMedia, props: Partial<MediaUploaderProps> = {}) {
  const Wrapper = withQueryClient(new QueryClient())
  const screen = await render(
    <Wrapper>
      <MediaUploader uploader={x.uploader({ retry: false, prepare })} {...props} />
    </Wrapper>,
  )
  return { screen, element: screen.getByRole('region', { name: 'Media for your post' }).element() }
}

describe('<MediaUploader> with a prepare step', () => {
  test('accepts a HEIC photo core alone refuses, and says what preparation changed in one line', async ({ x }) => {
    const { screen, element } = await renderUploader(x, shrinking)

    dropFiles(element, [new File([photo('IMG_0001.heic', 9_000_000)], 'IMG_0001.heic', { type: 'image/heic' })])

    await expect.element(screen.getByText('Uploaded', { exact: true })).toBeVisible()
    await expect
      .element(screen.getByText('Converted from HEIC to PNG · resized from 8.6 MB to 39.1 KB · location removed'))
      .toBeVisible()
    expect(x.mock.store.list()[0]?.size).toBe(40_000)
  })

  test('the words of each step are replaceable', async ({ x }) => {
    const { screen, element } = await renderUploader(x, shrinking, {
      strings: { preparationSteps: { 'location-removed': () => 'Standort entfernt' } },
    })
    dropFiles(element, [photo('a.png')])
    await expect.element(screen.getByText(/· Standort entfernt$/)).toBeVisible()
    // Let the upload end here, so none of its requests reach the next test's mock.
    await expect.element(screen.getByText('Uploaded', { exact: true })).toBeVisible()
  })

  test('a refusal from preparation is shown in its own words (the rule and the file\'s value)', async ({ x }) => {
    const refuse: PrepareMedia = async () => {
      throw new MediaUploadError('unsupported-type', 'clip.mov is 2 min 29 s long; X takes videos up to 2 min 20 s.')
    }
    const { screen, element } = await renderUploader(x, refuse)

    dropFiles(element, [photo('a.png')])

    await expect.element(screen.getByText('clip.mov is 2 min 29 s long; X takes videos up to 2 min 20 s.', { exact: true })).toBeVisible()
    expect(x.mock.store.requests).toHaveLength(0)
  })
})
