import { describe, expect, it } from 'vitest'
import { rejectionOf } from '../../test/test-errors'
import { inspectFile } from './inspect-file'
import { MB } from './limits'
import { fileOf, gifBytes, isoMediaBytes, JPEG_BYTES, PNG_BYTES } from '../../test/test-media'

/** A File that reports a size larger than its bytes, to test limits without allocating them. */
function hugeFile(head: Uint8Array, name: string, size: number): File {
  const file = fileOf(head, name)
  Object.defineProperty(file, 'size', { value: size })
  return file
}

describe('inspectFile', () => {
  it('sends an image through the simple route as tweet_image', async () => {
    expect(await inspectFile(fileOf(JPEG_BYTES, 'cat.jpg', 'image/jpeg', 1000))).toEqual({
      mediaType: 'image/jpeg',
      kind: 'image',
      mediaCategory: 'tweet_image',
      route: 'simple',
      size: 1000,
      name: 'cat.jpg',
    })
  })

  it('sends an animated GIF chunked as tweet_gif, and a still GIF as an image', async () => {
    const animated = await inspectFile(fileOf(gifBytes(2), 'dance.gif'))
    expect(animated).toMatchObject({ mediaType: 'image/gif', kind: 'gif', mediaCategory: 'tweet_gif', route: 'chunked' })
    const still = await inspectFile(fileOf(gifBytes(1), 'logo.gif'))
    expect(still).toMatchObject({ mediaType: 'image/gif', kind: 'image', mediaCategory: 'tweet_image', route: 'simple' })
  })

  it('sends video chunked as tweet_video, and has no name for a plain Blob', async () => {
    const result = await inspectFile(new Blob([isoMediaBytes('mp42') as Uint8Array<ArrayBuffer>]))
    expect(result).toEqual({ mediaType: 'video/mp4', kind: 'video', mediaCategory: 'tweet_video', route: 'chunked', size: 24 })
  })

  it('uses the sniffed type when the declared type disagrees', async () => {
    const result = await inspectFile(fileOf(PNG_BYTES, 'photo.jpg', 'image/jpeg'))
    expect(result.mediaType).toBe('image/png')
  })

  it('refuses an empty file with file-empty', async () => {
    expect((await rejectionOf(inspectFile(new File([], 'empty.png')))).code).toBe('file-empty')
  })

  it('refuses a renamed non-media file with unsupported-type, naming it', async () => {
    const error = await rejectionOf(inspectFile(fileOf(new TextEncoder().encode('%PDF-1.7'), 'report.png', 'image/png')))
    expect(error.code).toBe('unsupported-type')
    expect(error.message).toContain('"report.png" (declared as image/png)')
  })

  it('refuses an image over 5 MB, with the limit in the message', async () => {
    await expect(inspectFile(fileOf(PNG_BYTES, 'a.png', '', 5 * MB))).resolves.toMatchObject({ kind: 'image' })
    const error = await rejectionOf(inspectFile(fileOf(PNG_BYTES, 'big.png', '', 5 * MB + 1)))
    expect(error.code).toBe('file-too-large')
    expect(error.message).toBe('"big.png" is 5 MB; images can be at most 5 MB.')
  })

  it('allows animated GIFs up to 15 MB and videos up to 512 MB', async () => {
    await expect(inspectFile(hugeFile(gifBytes(2), 'a.gif', 15 * MB))).resolves.toMatchObject({ kind: 'gif' })
    expect((await rejectionOf(inspectFile(hugeFile(gifBytes(2), 'a.gif', 15 * MB + 1)))).message).toContain('at most 15 MB')
    await expect(inspectFile(hugeFile(isoMediaBytes('isom'), 'v.mp4', 512 * MB))).resolves.toMatchObject({ kind: 'video' })
    const error = await rejectionOf(inspectFile(hugeFile(isoMediaBytes('isom'), 'v.mp4', 600 * MB)))
    expect(error.code).toBe('file-too-large')
    expect(error.message).toBe('"v.mp4" is 600 MB; videos can be at most 512 MB.')
  })

  it('applies lower limits of the app when given', async () => {
    const error = await rejectionOf(inspectFile(fileOf(JPEG_BYTES, 'a.jpg', '', 2 * MB), { maxImageBytes: MB }))
    expect(error.code).toBe('file-too-large')
    expect(error.message).toContain('at most 1 MB')
  })
})
