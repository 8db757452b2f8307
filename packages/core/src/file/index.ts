export { MB, MEDIA_LIMITS } from './limits'
export { formatBytes } from './format-bytes'
export { sniffMediaType, type SniffedType, type SupportedMediaType } from './sniff-media-type'
export { inspectFile, type InspectedFile, type InspectFileOptions } from './inspect-file'
export {
  DEFAULT_CHUNK_SIZE,
  planChunks,
  readChunk,
  type Chunk,
  type ChunkPlan,
  type PlanChunksOptions,
} from './chunk-plan'
export { blobToBase64 } from './blob-to-base64'
export {
  checkSubtitlesText,
  inspectSubtitles,
  SUBTITLES_MAX_BYTES,
  type InspectedSubtitles,
  type InspectSubtitlesOptions,
  type SubtitlesFormat,
} from './subtitles-file'
