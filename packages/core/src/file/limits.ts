/** One megabyte as X counts it for media: 1,048,576 bytes (see ARCHITECTURE.md "Units"). */
export const MB = 1_048_576

/**
 * X's size limits for media in a post, in bytes.
 * Used by {@link inspectFile} and {@link planChunks}; exported so a UI can show them.
 */
export const MEDIA_LIMITS = {
  /** JPEG, PNG, WEBP and still GIF. */
  imageBytes: 5 * MB,
  /** Animated GIF. */
  gifBytes: 15 * MB,
  /** MP4 / MOV. */
  videoBytes: 512 * MB,
  /** One `APPEND` segment. */
  segmentBytes: 5 * MB,
  /** `segment_index` runs from 0 to 999. */
  maxSegments: 1000,
} as const
