import { formatBytes } from '@tweet-media/core'
import { fileLabel } from '../describe-values'
import type { MediaRules } from '../limits'
import { MediaRuleError } from '../media-rule-error'
import type { GifInfo } from './gif-info'

/**
 * Checks an animated GIF against X's rules (bytes, canvas size, frames, width × height ×
 * frames). Throws a {@link MediaRuleError} naming the first rule broken and the file's value.
 */
export function checkGif(file: Blob, info: GifInfo, rules: MediaRules['gif']): void {
  const label = fileLabel(file)
  const { width, height, frames } = info
  if (file.size > rules.maxBytes) {
    throw new MediaRuleError('gif-size', `${label} is ${formatBytes(file.size)}; X takes animated GIFs up to ${formatBytes(rules.maxBytes)}.`, {
      value: file.size,
      limit: rules.maxBytes,
    })
  }
  if (width > rules.maxWidth || height > rules.maxHeight) {
    throw new MediaRuleError('gif-dimensions', `${label} is ${width}×${height}; X takes animated GIFs up to ${rules.maxWidth}×${rules.maxHeight}.`, {
      value: `${width}x${height}`,
      limit: `${rules.maxWidth}x${rules.maxHeight}`,
    })
  }
  if (frames > rules.maxFrames) {
    throw new MediaRuleError('gif-frames', `${label} has ${frames} frames; X takes animated GIFs of up to ${rules.maxFrames} frames.`, {
      value: frames,
      limit: rules.maxFrames,
    })
  }
  const total = width * height * frames
  if (total > rules.maxTotalPixels) {
    const millions = (n: number): string => `${Math.round(n / 100_000) / 10} million`
    throw new MediaRuleError(
      'gif-total-pixels',
      `${label} has ${millions(total)} pixels over all its frames (${width}×${height}×${frames}); X takes up to ${millions(rules.maxTotalPixels)}.`,
      { value: total, limit: rules.maxTotalPixels },
    )
  }
}
