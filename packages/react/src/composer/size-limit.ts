import { MEDIA_LIMITS, type InspectFileOptions, type MediaKind } from '@tweet-media/core'

/** The size limit for media of `kind`: the app's lower limit from `options`, else X's. The same rule as core's `inspectFile`. */
export function sizeLimitOf(kind: MediaKind, options: InspectFileOptions = {}): number {
  if (kind === 'image') return options.maxImageBytes ?? MEDIA_LIMITS.imageBytes
  if (kind === 'gif') return options.maxGifBytes ?? MEDIA_LIMITS.gifBytes
  return options.maxVideoBytes ?? MEDIA_LIMITS.videoBytes
}
