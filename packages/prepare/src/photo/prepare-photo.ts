import type { PreparationStep, PreparedMedia } from '@tweet-media/core'
import type { PictureHeader, PictureType } from '../bytes/image-header'
import { findHeifExif } from '../bytes/heif-exif'
import { stripJpegMetadata } from '../bytes/jpeg-metadata'
import type { MetadataCleanup } from '../bytes/metadata-cleanup'
import { stripPngMetadata } from '../bytes/png-metadata'
import { fileLabel } from '../describe-values'
import type { MediaRules } from '../limits'
import { MediaRuleError } from '../media-rule-error'
import type { ResolvedPrepareOptions } from '../options'
import { preparedFile } from '../prepared-file'
import { runInWorker } from '../worker/run-in-worker'

/** Formats X's `initialize` takes and browsers show (BMP and TIFF are converted: see README). */
const X_PHOTO_TYPES = new Set<PictureType>(['image/jpeg', 'image/png', 'image/webp', 'image/gif'])

/** Whether orientation 5–8 swaps width and height on display. */
const swapsSides = (orientation: number): boolean => orientation >= 5

function cleanup(bytes: Uint8Array<ArrayBuffer>, type: PictureType): MetadataCleanup | undefined {
  if (type === 'image/jpeg') return stripJpegMetadata(bytes)
  if (type === 'image/png') return stripPngMetadata(bytes)
  if (type === 'image/heic') {
    const facts = findHeifExif(bytes)
    return { bytes, removed: facts !== undefined, hadGps: facts?.hasGps ?? false, orientation: 1 }
  }
  return undefined
}

function metadataSteps(found: MetadataCleanup | undefined): PreparationStep[] {
  if (found === undefined || !found.removed) return []
  return found.hadGps ? [{ code: 'location-removed' }, { code: 'metadata-removed' }] : [{ code: 'metadata-removed' }]
}

/** Context shared by the preparation of one file. */
export interface StepContext {
  options: ResolvedPrepareOptions
  signal: AbortSignal | undefined
  onProgress: ((fraction: number) => void) | undefined
}

/**
 * A photo made to fit X: metadata dropped byte by byte when that is all it needs, or
 * decoded (orientation applied) and re-encoded when it is too big, too large, or in a
 * format X does not take.
 */
export async function preparePhoto(file: Blob, header: PictureHeader, rules: MediaRules['photo'], context: StepContext): Promise<PreparedMedia> {
  const { options } = context
  const bytes = new Uint8Array(await file.arrayBuffer())
  const found = options.keepMetadata ? undefined : cleanup(bytes, header.type)
  const orientation = found?.orientation ?? 1
  const [width, height] = swapsSides(orientation) ? [header.height, header.width] : [header.width, header.height]
  const original = { type: header.type, size: file.size, ...(width === undefined || height === undefined ? {} : { width, height }) }
  const cleaned = found?.removed && X_PHOTO_TYPES.has(header.type) ? preparedFile(file, [found.bytes], header.type) : file
  const fitsBox = width !== undefined && height !== undefined && width <= rules.maxWidth && height <= rules.maxHeight
  if (X_PHOTO_TYPES.has(header.type) && cleaned.size <= rules.maxBytes && fitsBox) {
    return { file: cleaned, steps: metadataSteps(found), original }
  }
  if (!options.convertPhotos) throw refusal(file, header.type, rules)
  const fitted = await runInWorker(
    { op: 'fit-image', file, sourceType: header.type, maxBytes: rules.maxBytes, maxWidth: rules.maxWidth, maxHeight: rules.maxHeight },
    { signal: context.signal, onProgress: context.onProgress, createWorker: options.createWorker },
  )
  const steps: PreparationStep[] = []
  if (fitted.blob.type !== header.type) steps.push({ code: 'converted', from: header.type, to: fitted.blob.type })
  if (fitted.width < fitted.sourceWidth) {
    steps.push({ code: 'resized', from: `${fitted.sourceWidth}x${fitted.sourceHeight}`, to: `${fitted.width}x${fitted.height}` })
  }
  if (fitted.blob.type === header.type) steps.push({ code: 'compressed' })
  // Canvas encoders write no metadata: whatever the photo held is gone.
  steps.push(...metadataSteps(options.keepMetadata ? undefined : found))
  return {
    file: preparedFile(file, [fitted.blob], fitted.blob.type),
    steps,
    original: { type: header.type, size: file.size, width: fitted.sourceWidth, height: fitted.sourceHeight },
  }
}

function refusal(file: Blob, type: PictureType, rules: MediaRules['photo']): MediaRuleError {
  const label = fileLabel(file)
  if (!X_PHOTO_TYPES.has(type)) {
    return new MediaRuleError('photo-format', `${label} is ${type.slice(6).toUpperCase()}; X takes JPEG, PNG, GIF and WebP photos.`, { value: type, limit: 'image/jpeg' })
  }
  return new MediaRuleError('photo-size', `${label} is over X's photo limits (${rules.maxWidth}×${rules.maxHeight}, ${Math.round(rules.maxBytes / 1_048_576)} MB).`, {
    value: file.size,
    limit: rules.maxBytes,
  })
}
