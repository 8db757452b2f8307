// Every photo and GIF fixture through the real pipeline in Chromium: worker, decoders,
// encoders, then core's uploader against the msw mock of X.
import { isMediaUploadError, MEDIA_LIMITS, type PreparationStep } from '@tweet-media/core'
import { describe, expect, it, vi } from 'vitest'
import { isMediaRuleError } from '../media-rule-error'
import { createMediaPreparer, prepareMedia } from '../prepare-media'
import { displayedSize, fixture, hasTransparentPixels } from '../../test/browser-fixtures'
import { mockXDuringTests } from '../../test/mocked-x'

// Decoding and encoding 12 MP in a worker on a loaded 2-core machine: a generous ceiling, no timing asserted.
vi.setConfig({ testTimeout: 120_000 })

const { mock, uploader } = mockXDuringTests()
/** The stored bytes of media as a Blob, to decode. */
const storedBlob = (id: string): Blob => new Blob([(mock.store.get(id)?.bytes ?? new Uint8Array()).slice()])
const codes = (steps: readonly PreparationStep[]): string[] => steps.map((step) => step.code)

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

describe('photos', () => {
  it('12 MP JPEG with GPS and orientation 6: metadata removed without re-encoding, uploaded upright, X holds no GPS', async () => {
    const file = await fixture('photo-12mp-gps-orientation6.jpg', 'image/jpeg')
    const task = uploader({ prepare: prepareMedia }).createTask(file)

    const media = await task.start()

    const { preparation } = task.getSnapshot()
    expect(codes(preparation?.steps ?? [])).toEqual(['location-removed', 'metadata-removed'])
    expect(preparation?.original).toEqual({ type: 'image/jpeg', size: file.size, width: 3000, height: 4000 })
    const stored = mock.store.get(media.mediaId)
    expect(stored?.photoMetadata).toEqual({ exif: false, gps: false, otherMetadata: false })
    expect(stored?.mediaType).toBe('image/jpeg')
    expect(stored?.size).toBe(preparation?.size)
    // Same pixels (no re-encode): the stored frame is still 4000×3000, displayed 3000×4000.
    expect(await displayedSize(storedBlob(media.mediaId))).toEqual({ width: 3000, height: 4000 })
    expect(await displayedSize(file)).toEqual({ width: 3000, height: 4000 })
  })

  it('keeps the metadata when the app asks, and X then holds the GPS position', async () => {
    const file = await fixture('photo-12mp-gps-orientation6.jpg', 'image/jpeg')
    const media = await uploader({ prepare: createMediaPreparer({ keepMetadata: true }) }).upload(file)
    expect(mock.store.get(media.mediaId)?.photoMetadata).toMatchObject({ exif: true, gps: true })
  })

  it('a JPEG over the (app-lowered) size limit is re-encoded upright at the best quality that fits', async () => {
    const file = await fixture('photo-12mp-gps-orientation6.jpg', 'image/jpeg')
    const maxBytes = 40_000
    const prepared = await createMediaPreparer({ limits: { photo: { maxBytes } } })(file, { signal: new AbortController().signal })

    expect(prepared.file.size).toBeLessThanOrEqual(maxBytes)
    expect(prepared.file.type).toBe('image/jpeg')
    expect(codes(prepared.steps)).toContain('compressed')
    expect(codes(prepared.steps)).toContain('location-removed')
    const shown = await displayedSize(prepared.file)
    expect(shown.height).toBeGreaterThan(shown.width) // orientation applied in the pixels
  })

  it('HEIC with GPS: converted to JPEG, location removed, accepted by X within its limits', async () => {
    const file = await fixture('photo-gps.heic', 'image/heic')
    const task = uploader({ prepare: prepareMedia }).createTask(file)

    const media = await task.start()

    const { preparation } = task.getSnapshot()
    expect(preparation?.steps).toEqual([
      { code: 'converted', from: 'image/heic', to: 'image/jpeg' },
      { code: 'location-removed' },
      { code: 'metadata-removed' },
    ])
    const stored = mock.store.get(media.mediaId)
    expect(stored?.mediaType).toBe('image/jpeg')
    expect(stored?.photoMetadata?.gps).toBe(false)
    expect(stored?.size).toBeLessThanOrEqual(MEDIA_LIMITS.imageBytes)
    expect(await displayedSize(storedBlob(media.mediaId))).toEqual({ width: 1200, height: 900 })
  })

  it('6 MB PNG with transparency: re-encoded under 5 MB, transparency kept, accepted by X', async () => {
    const file = await fixture('png-6mb-alpha.png', 'image/png')
    expect(file.size).toBeGreaterThan(MEDIA_LIMITS.imageBytes)
    const fractions: number[] = []

    const prepared = await prepareMedia(file, { signal: new AbortController().signal, onProgress: (fraction) => fractions.push(fraction) })
    const media = await uploader().upload(prepared.file)

    expect(prepared.file.size).toBeLessThanOrEqual(MEDIA_LIMITS.imageBytes)
    expect(await hasTransparentPixels(prepared.file)).toBe(true)
    expect(prepared.steps[0]).toEqual({ code: 'converted', from: 'image/png', to: 'image/webp' })
    expect(fractions.length).toBeGreaterThan(1)
    expect(fractions.at(-1)).toBe(1)
    expect(mock.store.get(media.mediaId)?.size).toBe(prepared.file.size)
  })

  it('cancels a running re-encode at once: the upload ends canceled and nothing reaches X', async () => {
    const file = await fixture('png-6mb-alpha.png', 'image/png')
    const controller = new AbortController()
    const task = uploader({ prepare: prepareMedia }).createTask(file, { signal: controller.signal })
    const started = task.start()
    await vi.waitUntil(() => task.getSnapshot().phase === 'preparing')

    controller.abort()

    expect(await rejectionOf(started)).toMatchObject({ code: 'aborted' })
    expect(task.getSnapshot().status).toBe('canceled')
    expect(mock.store.requests).toHaveLength(0)
  })

  it('refuses a HEIC when photo conversion is switched off, naming the format rule', async () => {
    const file = await fixture('photo-gps.heic', 'image/heic')
    const error = await rejectionOf(createMediaPreparer({ convertPhotos: false })(file, { signal: new AbortController().signal }))
    expect(isMediaRuleError(error, 'photo-format')).toBe(true)
    expect(isMediaUploadError(error, 'unsupported-type')).toBe(true)
  })
})

describe('animated GIFs', () => {
  it('360 frames: refused with the rule and the count before any request', async () => {
    const file = await fixture('gif-360-frames.gif', 'image/gif')
    const task = uploader({ prepare: prepareMedia }).createTask(file)

    const error = await rejectionOf(task.start())

    expect(isMediaRuleError(error, 'gif-frames')).toBe(true)
    expect(error).toMatchObject({ message: 'gif-360-frames.gif has 360 frames; X takes animated GIFs of up to 350 frames.' })
    expect(task.getSnapshot().status).toBe('error')
    expect(mock.store.requests).toHaveLength(0)
  })

  it('24 frames within every rule: uploaded as it is', async () => {
    const file = await fixture('gif-24-frames.gif', 'image/gif')
    const task = uploader({ prepare: prepareMedia }).createTask(file)
    const media = await task.start()
    expect(task.getSnapshot().preparation?.steps).toEqual([])
    expect(mock.store.get(media.mediaId)).toMatchObject({ kind: 'gif', size: file.size })
  })
})
