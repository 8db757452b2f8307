import type { PictureType } from '../bytes/image-header'
import type { MediaRule } from '../media-rule-error'
import type { VideoFacts } from '../video/video-facts'

/** Re-encode a picture (orientation applied) to fit a byte size and a bounding box. */
export interface FitImageRequest {
  op: 'fit-image'
  file: Blob
  sourceType: PictureType
  maxBytes: number
  maxWidth: number
  maxHeight: number
}

/** The encoded picture and how it was made. */
export interface FitImageResult {
  blob: Blob
  width: number
  height: number
  /** Displayed size of the source (orientation applied). */
  sourceWidth: number
  sourceHeight: number
  /** Encoder quality used (JPEG/WebP), `undefined` for PNG. */
  quality: number | undefined
}

/** Read a video's headers. */
export interface ProbeVideoRequest {
  op: 'probe-video'
  file: Blob
}

/** Re-encode a video to H.264/AAC MP4 within a size box and a frame rate, optionally cut. */
export interface TranscodeVideoRequest {
  op: 'transcode-video'
  file: Blob
  width: number
  height: number
  frameRate: number | undefined
  endSeconds: number | undefined
}

/** Everything the main thread asks the media worker. */
export type WorkerRequest = FitImageRequest | ProbeVideoRequest | TranscodeVideoRequest

/** The answer type of each request. */
export interface WorkerResults {
  'fit-image': FitImageResult
  'probe-video': VideoFacts
  'transcode-video': Blob
}

/** A failure as it crosses the worker boundary (errors do not keep their class). */
export interface WorkerFailure {
  message: string
  /** Set for rule refusals, to rebuild a `MediaRuleError`. */
  rule?: MediaRule
  value?: number | string
  limit?: number | string
  /** `cannot-encode` / `cannot-decode`: this browser lacks the encoder of the output or the decoder of the input. */
  reason?: 'cannot-encode' | 'cannot-decode' | 'unreadable' | 'failed'
}

/** Messages from the worker. */
export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: WorkerResults[keyof WorkerResults] }
  | { type: 'error'; failure: WorkerFailure }
