import { formatBytes, type PreparationStep, type PreparationStepCode, type PreparationSummary } from '@tweet-media/core'

/** What a step's words are made from: the step and the sizes before and after preparation. */
export interface PreparationChange {
  step: PreparationStep
  originalSize: number
  preparedSize: number
}

/** Words for each preparation step; replace any of them through the `strings` prop. */
export type PreparationStepStrings = Record<PreparationStepCode, (change: PreparationChange) => string>

const FORMAT_NAMES: Record<string, string> = {
  'image/heic': 'HEIC',
  'image/avif': 'AVIF',
  'image/bmp': 'BMP',
  'image/tiff': 'TIFF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
}
const formatName = (type: string | undefined): string => FORMAT_NAMES[type ?? ''] ?? type ?? 'another format'

/** The default words: "Resized from 8.2 MB to 3.9 MB", "location removed", … */
export const defaultPreparationStepStrings: PreparationStepStrings = {
  resized: ({ originalSize, preparedSize }) => `resized from ${formatBytes(originalSize)} to ${formatBytes(preparedSize)}`,
  compressed: ({ originalSize, preparedSize }) => `compressed from ${formatBytes(originalSize)} to ${formatBytes(preparedSize)}`,
  converted: ({ step }) => `converted from ${formatName(step.from)} to ${formatName(step.to)}`,
  transcoded: () => 'converted to an H.264 MP4 video',
  trimmed: ({ step }) => `trimmed to ${step.to ?? 'the limit'}`,
  'location-removed': () => 'location removed',
  'metadata-removed': () => 'camera details removed',
}

/**
 * One line telling what preparation did ("Resized from 8.2 MB to 3.9 MB · location
 * removed"), or `undefined` when the file goes up as it is. Sizes are told once, by the
 * first step that changed them.
 */
export function preparationLine(summary: PreparationSummary | undefined, strings: PreparationStepStrings, separator = ' · '): string | undefined {
  if (summary === undefined || summary.steps.length === 0) return undefined
  let sizeTold = false
  const parts = summary.steps.flatMap((step) => {
    const changesSize = step.code === 'resized' || step.code === 'compressed'
    if (changesSize && sizeTold) return []
    sizeTold ||= changesSize
    return [strings[step.code]({ step, originalSize: summary.original.size, preparedSize: summary.size })]
  })
  const line = parts.join(separator)
  return line.charAt(0).toUpperCase() + line.slice(1)
}
