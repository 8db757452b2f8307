export type { ParseContext, RawResponse } from './raw-response'
export {
  parseAltTextResponse,
  parseAppendResponse,
  parseFinalizeResponse,
  parseInitResponse,
  parseSimpleUploadResponse,
  parseStatusResponse,
  type AppendResult,
  type MediaStatus,
} from './parse-responses'
export { parseSubtitlesResponse } from './parse-subtitles-response'
export { errorFromResponse } from '../errors/error-from-response'
export { retryAfterMs } from '../errors/retry-after'
export { MAX_CHECK_AFTER_SECS, MAX_EXPIRES_AFTER_SECS } from './number-bounds'
