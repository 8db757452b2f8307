import { describe, expect, test, vi } from 'vitest'
import { render } from 'vitest-browser-react'
import { video } from '../../test/media-files'
import { MediaPreview } from './media-preview'

// Uploads go through msw on a shared CI machine: wait generously, assert exactly.
const WAIT = { timeout: 10_000 }

/** A real, decodable WebM recorded from a red canvas. */
async function recordedVideo(): Promise<Blob> {
  const canvas = document.createElement('canvas')
  canvas.width = 64
  canvas.height = 48
  const context = canvas.getContext('2d')
  if (context === null) throw new Error('2D canvas is not available')
  const recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: 'video/webm' })
  const chunks: Blob[] = []
  recorder.ondataavailable = (event) => chunks.push(event.data)
  const stopped = new Promise((resolve) => recorder.addEventListener('stop', resolve))
  recorder.start()
  for (let frame = 0; frame < 10; frame++) {
    context.fillStyle = 'rgb(255 0 0)'
    context.fillRect(0, 0, 64, 48)
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
  recorder.stop()
  await stopped
  return new Blob(chunks, { type: 'video/webm' })
}

describe('<MediaPreview> of a video', () => {
  test('shows a still of the first frame, drawn once, with no <video> left in the page', async () => {
    const clip = await recordedVideo()
    const createElement = vi.spyOn(document, 'createElement')
    const screen = await render(
      <>
        <MediaPreview file={clip} kind="video" label="Preview of red.webm" />
        <MediaPreview file={clip} kind="video" label="Second preview of red.webm" />
      </>,
    )
    const poster = screen.getByRole('img', { name: 'Preview of red.webm' })
    await expect.element(poster, WAIT).toHaveAttribute('data-preview', 'poster')
    await expect.element(screen.getByRole('img', { name: 'Second preview of red.webm' }), WAIT).toHaveAttribute('data-preview', 'poster')
    const image = poster.element() as HTMLImageElement
    await image.decode()
    expect([image.naturalWidth, image.naturalHeight]).toEqual([64, 48])
    // The frame is the canvas's red, not a black or empty image.
    const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })
    probe?.drawImage(image, 0, 0)
    const [red, green, blue] = probe?.getImageData(32, 24, 1, 1).data ?? []
    expect({ red: (red ?? 0) > 200, green: (green ?? 255) < 60, blue: (blue ?? 255) < 60 }).toEqual({ red: true, green: true, blue: true })
    expect(document.querySelectorAll('video')).toHaveLength(0)
    // One decoder for both previews of the same file.
    expect(createElement.mock.calls.filter(([tag]) => tag === 'video')).toHaveLength(1)
    createElement.mockRestore()
  })

  test('says there is no preview when the first frame cannot be decoded', async () => {
    const screen = await render(<MediaPreview file={video('broken.mp4')} kind="video" label="Preview of broken.mp4" unavailableText="No preview" />)
    const preview = screen.getByRole('img', { name: 'Preview of broken.mp4' })
    await expect.element(preview, WAIT).toHaveAttribute('data-preview', 'unavailable')
    await expect.element(preview, WAIT).toHaveTextContent('No preview')
  })
})
