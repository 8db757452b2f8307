import type { MediaRulesOverride } from './limits'

/** What {@link createMediaPreparer} does; every step can be switched off. */
export interface PrepareOptions {
  /** Limits to use instead of X's ({@link X_MEDIA_RULES}), field by field. */
  limits?: MediaRulesOverride
  /**
   * Keep EXIF, XMP, IPTC and PNG text metadata, GPS position included. Default `false`:
   * it is removed from every photo (losslessly when nothing else is needed).
   */
  keepMetadata?: boolean
  /** Re-encode photos over the size or dimension limit, or in a format X does not take (HEIC, AVIF, BMP, TIFF). Default `true`. */
  convertPhotos?: boolean
  /** Transcode videos that break codec, size, frame-rate or pixel-format rules to H.264/AAC MP4 where WebCodecs can. Default `true`. */
  transcodeVideos?: boolean
  /** Cut a video that is too long at the duration limit instead of refusing it. Default `false`. */
  trimVideos?: boolean
  /** Makes the media worker (strict CSPs, custom bundling). Default: the package's module worker. */
  createWorker?: () => Worker
}

/** Options with the defaults applied, as the steps read them. */
export type ResolvedPrepareOptions = Required<Omit<PrepareOptions, 'limits' | 'createWorker'>> & Pick<PrepareOptions, 'createWorker'>
