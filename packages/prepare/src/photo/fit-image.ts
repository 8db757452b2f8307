import type { FitImageRequest, FitImageResult } from '../worker/protocol'
import { WorkerError } from '../worker/worker-error'
import { decodePicture } from './decode-picture'

/** X re-encodes JPEGs above quality 85, so more buys nothing. */
const BEST_QUALITY = 0.85
const LOWEST_QUALITY = 0.4
const SEARCH_STEPS = 5
const MAX_ROUNDS = 8
/** Formats that can hold transparency; others are opaque without looking. */
const ALPHA_CAPABLE = new Set(['image/png', 'image/webp', 'image/gif', 'image/heic', 'image/avif', 'image/bmp', 'image/tiff'])

function hasTransparency(context: OffscreenCanvasRenderingContext2D, width: number, height: number): boolean {
  const { data } = context.getImageData(0, 0, width, height)
  for (let at = 3; at < data.length; at += 4) if ((data[at] ?? 255) < 255) return true
  return false
}

interface Encoder {
  encode(type: string, quality?: number): Promise<Blob>
}

/**
 * The best quality in [LOWEST_QUALITY, BEST_QUALITY] whose encoding fits `maxBytes`, by
 * binary search; `undefined` (with the smallest size seen) when even the lowest is too big.
 */
async function searchQuality(encoder: Encoder, type: string, maxBytes: number): Promise<{ blob: Blob; quality: number } | { smallest: number }> {
  const best = await encoder.encode(type, BEST_QUALITY)
  if (best.size <= maxBytes) return { blob: best, quality: BEST_QUALITY }
  const lowest = await encoder.encode(type, LOWEST_QUALITY)
  if (lowest.size > maxBytes) return { smallest: lowest.size }
  let fit = { blob: lowest, quality: LOWEST_QUALITY }
  let [low, high] = [LOWEST_QUALITY, BEST_QUALITY]
  for (let step = 0; step < SEARCH_STEPS; step++) {
    const quality = (low + high) / 2
    const blob = await encoder.encode(type, quality)
    if (blob.size <= maxBytes) {
      fit = { blob, quality }
      low = quality
    } else {
      high = quality
    }
  }
  return fit
}

/**
 * Decodes a picture (orientation applied) and encodes it to fit: within the size box, then
 * within `maxBytes` at the best quality that fits (binary search), scaling down only when
 * even the lowest quality is too big. Opaque pictures become JPEG; transparent ones stay
 * PNG when that fits, else WebP (which keeps the transparency).
 */
export async function fitImage(request: FitImageRequest, report: (fraction: number) => void): Promise<FitImageResult> {
  const bitmap = await decodePicture(request.file, request.sourceType)
  const { width: sourceWidth, height: sourceHeight } = bitmap
  let scale = Math.min(1, request.maxWidth / sourceWidth, request.maxHeight / sourceHeight)
  let alpha: boolean | undefined
  let encodings = 0
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const width = Math.max(1, Math.floor(sourceWidth * scale))
    const height = Math.max(1, Math.floor(sourceHeight * scale))
    const canvas = new OffscreenCanvas(width, height)
    const context = canvas.getContext('2d')
    if (context === null) throw new WorkerError({ message: 'This browser has no 2D canvas in workers.', reason: 'cannot-encode' })
    context.drawImage(bitmap, 0, 0, width, height)
    alpha ??= ALPHA_CAPABLE.has(request.sourceType) && hasTransparency(context, width, height)
    const encoder: Encoder = {
      encode: async (type, quality) => {
        const blob = await canvas.convertToBlob(quality === undefined ? { type } : { type, quality })
        encodings += 1
        report(Math.min(0.95, encodings / (SEARCH_STEPS + 3)))
        return blob
      },
    }
    const done = (blob: Blob, quality: number | undefined): FitImageResult => {
      bitmap.close()
      return { blob, width, height, sourceWidth, sourceHeight, quality }
    }
    // A PNG already over the limit at this size will not fit as PNG again: go to WebP at once.
    const pngCannotFit = request.sourceType === 'image/png' && width === sourceWidth && request.file.size > request.maxBytes
    if (alpha && !pngCannotFit) {
      const png = await encoder.encode('image/png')
      if (png.size <= request.maxBytes) return done(png, undefined)
    }
    const found = await searchQuality(encoder, alpha ? 'image/webp' : 'image/jpeg', request.maxBytes)
    if ('blob' in found) return done(found.blob, found.quality)
    // Bytes grow about with the pixel count: aim a little under the limit.
    scale *= Math.min(0.9, Math.max(0.3, Math.sqrt(request.maxBytes / found.smallest) * 0.95))
  }
  bitmap.close()
  throw new WorkerError({ message: 'The picture could not be made small enough.', rule: 'photo-size', value: request.file.size, limit: request.maxBytes })
}
