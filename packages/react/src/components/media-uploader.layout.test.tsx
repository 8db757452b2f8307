import { QueryClient } from '@tanstack/react-query'
import axe from 'axe-core'
import { describe, expect, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../styles.css'
import { dropFiles } from '../../test/dom-events'
import { photo, video } from '../../test/media-files'
import { test, withQueryClient, type MockedX } from '../../test/mocked-x'
import { MediaUploader, type MediaUploaderProps } from './media-uploader'

// Uploads go through msw on a shared CI machine: wait generously, assert exactly.
const WAIT = { timeout: 10_000 }

async function renderUploader(x: MockedX, props: Partial<MediaUploaderProps> = {}) {
  const uploader = x.uploader({ retry: false, chunkSize: 32_768 })
  const Wrapper = withQueryClient(new QueryClient())
  const screen = await render(
    <Wrapper>
      <MediaUploader uploader={uploader} {...props} />
    </Wrapper>,
  )
  const element = screen.getByRole('region', { name: 'Media for your post' }).element()
  return { screen, element, liveRegion: element.querySelector('[aria-live="polite"]') }
}

async function expectNoAxeViolations(element: Element) {
  const { violations } = await axe.run(element)
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(' | ')}`)).toEqual([])
}

const names = (element: Element) =>
  [...element.querySelectorAll('[data-item-id]')].map((item) => item.querySelector('.tm-item__name')?.textContent)

describe('<MediaUploader> order', () => {
  test('moves items by keyboard, announces each move, and the ids follow the order', async ({ x }) => {
    const onChange = vi.fn()
    const { screen, element, liveRegion } = await renderUploader(x, { onChange })
    dropFiles(element, [photo('a.png'), photo('b.png'), photo('c.png')])
    await expect.poll(() => onChange.mock.lastCall?.[0]?.length, WAIT).toBe(3)
    const idsByName = () =>
      new Map((onChange.mock.lastCall?.[1] ?? []).map((item: { file: File; mediaId: string }) => [item.file.name, item.mediaId]))

    await screen.getByRole('button', { name: 'Move c.png earlier' }).click()
    await expect.poll(() => names(element), WAIT).toEqual(['a.png', 'c.png', 'b.png'])
    await expect.element(screen.getByRole('button', { name: 'Move c.png earlier' }), WAIT).toHaveFocus()
    await expect.poll(() => liveRegion?.textContent, WAIT).toBe('c.png moved to position 2 of 3')
    await userEvent.keyboard('{Enter}')
    await expect.poll(() => names(element), WAIT).toEqual(['c.png', 'a.png', 'b.png'])
    // At the top there is no "earlier": the focus stays on the item, on its other move button.
    await expect.element(screen.getByRole('button', { name: 'Move c.png later' }), WAIT).toHaveFocus()
    const byName = idsByName()
    await expect.poll(() => onChange.mock.lastCall?.[0], WAIT).toEqual([byName.get('c.png'), byName.get('a.png'), byName.get('b.png')])
  })

  test('moves an item dropped on another by drag and drop', async ({ x }) => {
    const { element } = await renderUploader(x)
    dropFiles(element, [photo('a.png'), photo('b.png'), photo('c.png')])
    await expect.poll(() => names(element), WAIT).toHaveLength(3)
    const [first, , last] = element.querySelectorAll('[data-item-id]')
    const dataTransfer = new DataTransfer()
    // Dragged by its preview (the handle), dropped anywhere on the first item.
    const handle = last?.querySelector('[draggable="true"]')
    expect(handle?.querySelector('img, [role="img"]')).not.toBeNull()
    handle?.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer }))
    for (const type of ['dragenter', 'dragover', 'drop']) {
      first?.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }))
    }
    await expect.poll(() => names(element), WAIT).toEqual(['c.png', 'a.png', 'b.png'])
    // A reorder is not a file drop: nothing was added, nothing refused.
    expect(names(element)).toHaveLength(3)
    expect(element.querySelector('.tm-uploader__rejections li')).toBeNull()
  })
})

describe('<MediaUploader layout="grid">', () => {
  test('thumbnails with remove and ALT buttons; alt text edited in a dialog that returns the focus', async ({ x }) => {
    const { screen, element } = await renderUploader(x, { layout: 'grid' })
    dropFiles(element, [photo('left.png'), photo('right.png')])
    const grid = screen.getByRole('list', { name: 'Attached media' })
    await expect.poll(() => grid.getByRole('listitem').all().length, WAIT).toBe(2)
    expect(grid.element().getAttribute('data-count')).toBe('2')
    await expect.poll(() => screen.getByText(/^Uploaded/).all().length, WAIT).toBe(2)
    await expectNoAxeViolations(element)

    const edit = screen.getByRole('button', { name: 'Edit alt text of left.png' })
    await edit.click()
    const dialog = screen.getByRole('dialog', { name: 'Describe this media' })
    await expect.element(dialog, WAIT).toBeVisible()
    await expect.element(dialog.getByRole('img', { name: 'Preview of left.png' }), WAIT).toBeVisible()
    const field = dialog.getByLabelText('Alt text for left.png')
    await expect.element(field, WAIT).toHaveFocus()
    await userEvent.keyboard('Left half of a panorama')
    await expectNoAxeViolations(document.body)
    await userEvent.keyboard('{Escape}')
    await expect.element(dialog, WAIT).not.toBeInTheDocument()
    await expect.element(edit, WAIT).toHaveFocus()
    await expect.poll(() => x.mock.store.list().find((media) => media.altText !== undefined)?.altText, WAIT).toBe('Left half of a panorama')
    await expect.element(screen.getByText('Has alt text'), WAIT).toBeInTheDocument()

    await screen.getByRole('button', { name: 'Remove right.png' }).click()
    await expect.poll(() => grid.getByRole('listitem').all().length, WAIT).toBe(1)
    await expect.element(screen.getByRole('button', { name: 'Add photos or video' }), WAIT).toHaveFocus()
  })

  test('a video gets a still preview or a fallback, never a live <video>, and no alt text button', async ({ x }) => {
    const { screen, element } = await renderUploader(x, { layout: 'grid' })
    dropFiles(element, [video('clip.mp4')])
    const preview = screen.getByRole('img', { name: 'Preview of clip.mp4' })
    await expect.element(preview, WAIT).toHaveAttribute('data-preview', 'unavailable')
    await expect.element(preview, WAIT).toHaveTextContent('No preview')
    expect(element.querySelector('video')).toBeNull()
    expect(screen.getByRole('button', { name: 'Edit alt text of clip.mp4' }).query()).toBeNull()
    const add = screen.getByRole('button', { name: 'Add photos or video' })
    await expect.element(add, WAIT).toBeDisabled()
    await expect.element(add, WAIT).toHaveAccessibleDescription('The post is full: it holds one video. Remove it to add something else.')
    // Removing the video frees the post: the add button is enabled again and takes the focus.
    await screen.getByRole('button', { name: 'Remove clip.mp4' }).click()
    await expect.element(add, WAIT).toBeEnabled()
    await expect.element(add, WAIT).toHaveFocus()
  })
})

describe('<MediaUploader theme="dark">', () => {
  test('uses the dark preset, with no axe violations (contrast included)', async ({ x }) => {
    const { screen, element } = await renderUploader(x, { theme: 'dark', layout: 'grid' })
    dropFiles(element, [photo('night.png')])
    await expect.element(screen.getByText(/^Uploaded/), WAIT).toBeVisible()
    expect(getComputedStyle(element).backgroundColor).toBe('rgb(0, 0, 0)')
    await expectNoAxeViolations(element)
  })
})

describe('<MediaUploader> without a QueryClientProvider', () => {
  test('uploads, and calls the callbacks given as props', async ({ x }) => {
    const onSuccess = vi.fn()
    const onFilesAdded = vi.fn()
    const uploader = x.uploader({ retry: false })
    const screen = await render(<MediaUploader uploader={uploader} onSuccess={onSuccess} onFilesAdded={onFilesAdded} />)
    const element = screen.getByRole('region', { name: 'Media for your post' }).element()
    dropFiles(element, [photo('alone.png')])
    await expect.element(screen.getByText(/^Uploaded/), WAIT).toBeVisible()
    expect(onFilesAdded).toHaveBeenCalledWith([expect.objectContaining({ file: expect.objectContaining({ name: 'alone.png' }), kind: 'image' })])
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ mediaId: x.mock.store.list()[0]?.id }), expect.objectContaining({ kind: 'image' }))
  })
})
