import { MediaUploadError } from '../errors/media-upload-error'
import { describeValue, invalidArgument } from '../errors/invalid-argument'
import { formatBytes } from './format-bytes'
import { MB, MEDIA_LIMITS } from './limits'

/**
 * Default `APPEND` size: 4 MB. Measured over throttled links (`pnpm bench`, chunk size): on
 * links limited by bandwidth the chunk size changes nothing; where latency or a fast link
 * makes each APPEND's round trip count, larger chunks are faster (loopback in Chromium: 75
 * MB/s with 4 MB against 50 with 1 MB). 4 MB keeps a margin under X's 5 MB segment limit,
 * and the XHR transport reports bytes within a chunk, so progress stays smooth.
 */
export const DEFAULT_CHUNK_SIZE = 4 * MB

/** One `APPEND`: bytes `[start, end)` of the file, sent as `segment_index`. */
export interface Chunk {
  segmentIndex: number
  start: number
  end: number
}

/** How a file is cut into `APPEND` segments. */
export interface ChunkPlan {
  totalBytes: number
  /** The size of every chunk but the last. */
  chunkSize: number
  chunks: Chunk[]
}

/** Options of {@link planChunks}. */
export interface PlanChunksOptions {
  /** Bytes per chunk, 1 to 5 MB. Raised when the file would need more than 1,000 chunks. */
  chunkSize?: number
}

/**
 * Cut `size` bytes into consecutive chunks of at most 5 MB and at most 1,000 segments that
 * cover the file exactly once. Pure arithmetic: pair it with {@link readChunk}.
 *
 * @throws MediaUploadError `invalid-argument` for a size or chunk size that is not a
 * positive integer or a chunk size over 5 MB; `file-empty` for 0 bytes; `file-too-large`
 * when even 1,000 chunks of 5 MB cannot hold the file.
 */
export function planChunks(size: number, options: PlanChunksOptions = {}): ChunkPlan {
  if (!Number.isSafeInteger(size) || size < 0) {
    throw invalidArgument(`size must be a non-negative integer, got ${describeValue(size)}.`)
  }
  const requested = options.chunkSize ?? DEFAULT_CHUNK_SIZE
  if (!Number.isSafeInteger(requested) || requested < 1 || requested > MEDIA_LIMITS.segmentBytes) {
    throw invalidArgument(
      `chunkSize must be an integer from 1 to ${MEDIA_LIMITS.segmentBytes} (5 MB), got ${describeValue(requested)}.`,
    )
  }
  if (size === 0) throw new MediaUploadError('file-empty', 'There are no bytes to upload.')
  const maxBytes = MEDIA_LIMITS.segmentBytes * MEDIA_LIMITS.maxSegments
  if (size > maxBytes) {
    throw new MediaUploadError(
      'file-too-large',
      `The file is ${formatBytes(size)}; a chunked upload can carry at most ${formatBytes(maxBytes)}.`,
    )
  }
  const chunkSize = Math.max(requested, Math.ceil(size / MEDIA_LIMITS.maxSegments))
  const count = Math.ceil(size / chunkSize)
  const chunks = Array.from({ length: count }, (_, segmentIndex): Chunk => {
    const start = segmentIndex * chunkSize
    return { segmentIndex, start, end: Math.min(size, start + chunkSize) }
  })
  return { totalBytes: size, chunkSize, chunks }
}

/**
 * The bytes of one chunk, as a lazy `Blob.slice` (nothing is read until it is sent).
 *
 * @throws MediaUploadError `invalid-argument` when the chunk lies outside the Blob (the
 * file changed since the plan was made).
 */
export function readChunk(blob: Blob, chunk: Chunk): Blob {
  if (chunk.start < 0 || chunk.end <= chunk.start || chunk.end > blob.size) {
    throw invalidArgument(
      `Chunk ${chunk.segmentIndex} (bytes ${chunk.start}–${chunk.end}) does not fit a file of ${blob.size} bytes; was the file changed?`,
    )
  }
  return blob.slice(chunk.start, chunk.end)
}
