/** The median of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export const MB = 1024 * 1024

/** MB/s (binary megabytes) of `bytes` moved in `ms`. */
export const mbPerSec = (bytes, ms) => bytes / MB / (ms / 1000)
