export { toRequest, type BuiltRequest, type ToRequestInit } from './built-request'
export { isBase64Media, type Base64Media, type MediaSource } from './media-source'
export { ALT_TEXT_MAX_LENGTH, altTextLength } from './alt-text'
export { buildSimpleUpload, type SimpleUploadParams } from './build-simple-upload'
export { buildInit, type InitParams } from './build-init'
export { buildAppend, type AppendParams } from './build-append'
export { buildFinalize, type MediaIdParams } from './build-finalize'
export { buildStatus } from './build-status'
export { buildAltText, type AltTextParams } from './build-alt-text'
export {
  buildSubtitlesCreate,
  buildSubtitlesDelete,
  SUBTITLES_DISPLAY_NAME_MAX_LENGTH,
  SUBTITLES_LANGUAGE_CODE,
  type SubtitledVideoCategory,
  type SubtitlesCreateParams,
  type SubtitlesDeleteParams,
} from './build-subtitles'
