// `@tweet-media/react/rules`: X's rules for a post, the file types, the limits and the
// default strings, as plain values. No React and no 'use client' directive, so a server
// component (or a server route checking a file) can import them.
export { checkComposerRules, postIsFull, X_COMPOSER_RULES, type ComposerRules } from './composer/composer-rules'
export type {
  ComposerRuleCode,
  ListedRejection,
  MediaRejection,
  MediaRejectionCode,
  PostRuleCode,
} from './composer/media-rejection'
export { X_MEDIA_ACCEPT } from './composer/x-media-types'
export { sizeLimitOf } from './composer/size-limit'
export {
  defaultMediaUploaderStrings,
  resolveStrings,
  type ErrorMessageContext,
  type MediaUploaderStrings,
  type MediaUploaderStringsOverride,
} from './strings/media-uploader-strings'
export { ALT_TEXT_MAX_LENGTH, MEDIA_LIMITS } from '@tweet-media/core'
export {
  defaultPreparationStepStrings,
  preparationLine,
  type PreparationChange,
  type PreparationStepStrings,
} from './strings/preparation-line'
export { COMMON_SUBTITLES_LANGUAGES, type SubtitlesLanguage } from './strings/subtitles-languages'
