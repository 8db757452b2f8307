import { QueryClient } from '@tanstack/react-query'
import axe from 'axe-core'
import { describe, expect, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../styles.css'
import { dropFiles, pasteFiles } from '../../test/dom-events'
import { notMedia, photo, video } from '../../test/media-files'
import { test, withQueryClient, type MockedX } from '../../test/mocked-x'
import { MediaUploader, type MediaUploaderProps } from './media-uploader'

async function renderUploader(x: MockedX, props: Partial<MediaUploaderProps> = {}) {
  const uploader = x.uploader({ retry: false, chunkSize: 32_768 })
  const Wrapper = withQueryClient(new QueryClient())
  const screen = await render(
    <Wrapper>
      <MediaUploader uploader={uploader} {...props} />
    </Wrapper>,
  )
  const region = screen.getByRole('region', { name: props.strings?.regionLabel ?? 'Media for your post' })
  return { screen, region, element: region.element() }
}

/** The focused control shows the stylesheet's focus ring (`--tm-focus-ring`, 3px solid). */
function expectVisibleFocus() {
  const focused = document.activeElement
  expect(focused).not.toBeNull()
  const { outlineStyle, outlineWidth } = getComputedStyle(focused as Element)
  expect({ outlineStyle, outlineWidth }).toEqual({ outlineStyle: 'solid', outlineWidth: '3px' })
}

async function expectNoAxeViolations(element: Element) {
  const { violations } = await axe.run(element)
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(' | ')}`)).toEqual([])
}

describe('<MediaUploader>', () => {
  test('drop a photo, describe it: it uploads, the alt text is stored and shown as ALT', async ({ x }) => {
    const { screen, element } = await renderUploader(x)

    const liveRegion = element.querySelector('[aria-live="polite"]')
    dropFiles(element, [photo('cat.png')])
    await expect.element(screen.getByText('Uploaded', { exact: true })).toBeVisible()
    await expect.poll(() => liveRegion?.textContent).toContain('cat.png uploaded')

    await screen.getByLabelText('Alt text for cat.png').fill('A grey cat asleep on a keyboard')
    await expect.element(screen.getByText('31 / 1000')).toBeVisible()
    await screen.getByRole('button', { name: /^Save alt text for / }).click()

    await expect.element(screen.getByText('Alt text saved')).toBeVisible()
    await expect.element(screen.getByText('ALT', { exact: true })).toBeVisible()
    const [stored] = x.mock.store.list()
    expect(stored?.altText).toBe('A grey cat asleep on a keyboard')
    await expect.poll(() => liveRegion?.textContent).toBe('Alt text of cat.png saved')
  })

  test('says why files were refused: type, and the fifth photo', async ({ x }) => {
    const { screen, element } = await renderUploader(x)

    dropFiles(element, [notMedia('notes.txt')])
    await expect.element(screen.getByRole('alert').getByText(/notes\.txt is not a supported type/)).toBeVisible()

    // Named and typed as a PNG, but its bytes say otherwise: core's sniffing refuses it.
    dropFiles(element, [new File(['not a picture'], 'fake.png', { type: 'image/png' })])
    await expect.element(screen.getByText(/fake\.png is not a supported type/)).toBeVisible()

    dropFiles(element, ['a', 'b', 'c', 'd', 'e'].map((name) => photo(`${name}.png`)))
    await expect.element(screen.getByText('e.png was not added: a post holds up to 4 photos.')).toBeVisible()
    await expect.poll(() => screen.getByRole('list', { name: 'Attached media' }).getByRole('listitem').all().length).toBe(4)

    dropFiles(element, [video('clip.mp4')])
    await expect.element(screen.getByText(/clip\.mp4 was not added: .* not a mix/)).toBeVisible()
    await expect.poll(() => x.mock.store.list().map((media) => media.kind)).toEqual(['image', 'image', 'image', 'image'])
  })

  test('a failed upload is retried without losing the alt text typed meanwhile', async ({ x }) => {
    x.mock.configure({ offline: true })
    const { screen, element } = await renderUploader(x)

    dropFiles(element, [photo('chart.png')])
    await screen.getByLabelText('Alt text for chart.png').fill('Bar chart of uploads per day')
    await screen.getByRole('button', { name: /^Save alt text for / }).click()
    await expect.element(screen.getByText('The connection was lost. Retry when you are back online.')).toBeVisible()
    await expect.element(screen.getByLabelText('Alt text for chart.png')).toHaveValue('Bar chart of uploads per day')
    await expectNoAxeViolations(element)

    x.mock.configure({ offline: false })
    await screen.getByRole('button', { name: 'Retry upload of chart.png' }).click()

    await expect.element(screen.getByText(/^Uploaded/)).toBeVisible()
    await expect.element(screen.getByLabelText('Alt text for chart.png')).toHaveValue('Bar chart of uploads per day')
    await expect.poll(() => x.mock.store.list()[0]?.altText).toBe('Bar chart of uploads per day')
  })

  test('works with the keyboard alone', async ({ x }) => {
    const { screen, element } = await renderUploader(x)
    const choose = screen.getByRole('button', { name: 'Add photos or video' })
    const input = element.querySelector('input[type="file"]') as HTMLInputElement
    let pickerRequests = 0
    input.addEventListener('click', (event) => {
      event.preventDefault()
      pickerRequests++
    })

    await userEvent.tab()
    await expect.element(choose).toHaveFocus()
    expectVisibleFocus()
    await userEvent.keyboard('{Enter}')
    expect(pickerRequests).toBe(1)

    await userEvent.upload(input, [photo('dog.png')])
    await expect.element(screen.getByText(/^Uploaded/)).toBeVisible()

    await userEvent.tab()
    await expect.element(screen.getByRole('button', { name: 'Remove dog.png' })).toHaveFocus()
    expectVisibleFocus()
    await userEvent.tab()
    await expect.element(screen.getByLabelText('Alt text for dog.png')).toHaveFocus()
    expectVisibleFocus()
    await userEvent.keyboard('A dog with a ball')
    // Leaving the field saves it.
    await userEvent.tab()
    await expect.element(screen.getByRole('button', { name: /^Save alt text for / })).toHaveFocus()
    await expect.element(screen.getByText('Alt text saved')).toBeVisible()
    expect(x.mock.store.list()[0]?.altText).toBe('A dog with a ball')

    await userEvent.tab({ shift: true })
    await userEvent.tab({ shift: true })
    await expect.element(screen.getByRole('button', { name: 'Remove dog.png' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByRole('listitem')).not.toBeInTheDocument()
    await expect.element(choose).toHaveFocus()
  })

  test('pasting an image from the clipboard adds it', async ({ x }) => {
    const { screen } = await renderUploader(x)
    const choose = screen.getByRole('button', { name: 'Add photos or video' })
    await choose.click()

    pasteFiles(choose.element(), [photo('screenshot.png')])
    await expect.element(screen.getByText('screenshot.png', { exact: true })).toBeVisible()
    await expect.element(screen.getByText(/^Uploaded/)).toBeVisible()
  })

  test('shows a video processing, then hands its id to onChange', async ({ x }) => {
    x.waits.hold()
    const onChange = vi.fn()
    const { screen, element } = await renderUploader(x, { onChange })

    dropFiles(element, [video('clip.mp4')])
    await expect.element(screen.getByText(/^Processing/)).toBeVisible()
    await expect.element(screen.getByRole('progressbar', { name: 'Upload progress of clip.mp4' })).toBeVisible()
    await expect.element(screen.getByText('X stores alt text for photos and GIFs only.')).toBeVisible()
    expect(onChange).toHaveBeenLastCalledWith(undefined, expect.any(Array))

    x.waits.release()
    await expect.poll(() => onChange.mock.lastCall?.[0]).toEqual([x.mock.store.list()[0]?.id])
  })

  test('cancel stops an upload; the item can be retried', async ({ x }) => {
    x.answers.hold()
    const { screen, element } = await renderUploader(x)
    dropFiles(element, [photo('slow.png')])

    await screen.getByRole('button', { name: 'Cancel upload of slow.png' }).click()
    await expect.element(screen.getByText('Canceled')).toBeVisible()
    await expect.element(screen.getByText('Upload of slow.png canceled')).toBeInTheDocument()

    x.answers.release()
    await screen.getByRole('button', { name: 'Retry upload of slow.png' }).click()
    await expect.element(screen.getByText(/^Uploaded/)).toBeVisible()
  })

  test('has no axe violations while uploading, after success and with errors', async ({ x }) => {
    x.answers.hold()
    const { screen, element } = await renderUploader(x)
    dropFiles(element, [photo('one.png'), photo('two.png')])
    await expect.element(screen.getByRole('button', { name: 'Cancel upload of one.png' })).toBeVisible()
    await expectNoAxeViolations(element)

    x.answers.release()
    await expect.poll(() => screen.getByText(/^Uploaded/).all().length).toBe(2)
    dropFiles(element, [notMedia()])
    await expect.element(screen.getByText(/notes\.txt is not a supported type/)).toBeVisible()
    await expectNoAxeViolations(element)
  })

  test('revokes preview URLs when an item goes', async ({ x }) => {
    const created: string[] = []
    const revoked: string[] = []
    const create = URL.createObjectURL
    const revoke = URL.revokeObjectURL
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = create(blob)
      created.push(url)
      return url
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
      revoked.push(url)
      revoke(url)
    })
    const { screen, element } = await renderUploader(x)

    dropFiles(element, [photo('preview.png')])
    await expect.element(screen.getByRole('img', { name: 'Preview of preview.png' })).toBeVisible()
    expect(created).toHaveLength(1)
    await screen.getByRole('button', { name: 'Remove preview.png' }).click()
    await expect.element(screen.getByRole('listitem')).not.toBeInTheDocument()
    expect(revoked).toEqual(created)
    vi.restoreAllMocks()
  })

  test('media X hands out already expired says so, not "Upload failed"', async ({ x }) => {
    x.mock.configure({ expiresAfterSecs: 30 })
    const { screen, element } = await renderUploader(x)
    dropFiles(element, [photo('late.png')])
    await expect.element(screen.getByText('Expired: upload it again')).toBeVisible()
    expect(screen.getByText('Upload failed').query()).toBeNull()
    await expect.element(screen.getByRole('button', { name: 'Retry upload of late.png' })).toBeVisible()
  })

  test('names each save button with its file, and says when an id nears its expiry', async ({ x }) => {
    const { screen, element } = await renderUploader(x)
    dropFiles(element, [photo('one.png'), photo('two.png')])
    await expect.element(screen.getByRole('button', { name: 'Save alt text for one.png' })).toBeVisible()
    await expect.element(screen.getByRole('button', { name: 'Save alt text for two.png' })).toBeVisible()
    await expect.poll(() => screen.getByText('Uploaded', { exact: true }).all().length).toBe(2)
    // 23 h and some minutes left: nothing to say. Under an hour: the time left is shown.
    x.clock.advance(23 * 3_600_000)
    document.dispatchEvent(new Event('visibilitychange'))
    await expect.poll(() => screen.getByText(/^Uploaded, expires in \d+ min$/).all().length).toBe(2)
  })

  test('renders file names and server words as text, never as HTML', async ({ x }) => {
    const { screen, element } = await renderUploader(x)
    const name = '<img src=x onerror="window.pwned=1">.png'

    dropFiles(element, [photo(name)])
    await expect.element(screen.getByText(name, { exact: true })).toBeVisible()
    expect(element.querySelector('img[src="x"]')).toBeNull()
  })

  test('every string can be replaced, and renderItem draws items the app’s way', async ({ x }) => {
    const { region, element } = await renderUploader(x, {
      strings: {
        regionLabel: 'Médias du message',
        chooseFiles: 'Ajouter des photos',
        errors: { 'unsupported-type': ({ fileName }) => `${fileName} : type refusé` },
      },
      renderItem: (item, { remove }) => (
        <button type="button" onClick={remove}>{`${item.file.name} — ${item.status}`}</button>
      ),
    })

    dropFiles(element, [notMedia('a.txt'), photo('custom.png')])
    await expect.element(region.getByText('a.txt : type refusé')).toBeVisible()
    await expect.element(region.getByRole('button', { name: 'custom.png — success' })).toBeVisible()
    await expect.element(region.getByRole('button', { name: 'Ajouter des photos' })).toBeVisible()
  })
})
