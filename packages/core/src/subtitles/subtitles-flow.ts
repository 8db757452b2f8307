import { waitForProcessing } from '../engine/processing-wait'
import type { UploadFlowContext } from '../engine/upload-flow'
import { inspectSubtitles, type SubtitlesFormat } from '../file/subtitles-file'
import { assertDisplayName, assertLanguageCode, assertVideoCategory, type SubtitledVideoCategory } from '../request/build-subtitles'
import { assertMediaId } from '../request/validate'

/** Options of `attachSubtitles` (on a task or an uploader). */
export interface AttachSubtitlesOptions {
  /** Two capital letters, e.g. `EN`. */
  languageCode: string
  /** What players show in their subtitles menu, e.g. `English`. 1 to 100 characters. */
  displayName: string
  /** Stops the upload of the file and the attachment. */
  signal?: AbortSignal
}

/** Options of `removeSubtitles`. */
export interface RemoveSubtitlesOptions {
  signal?: AbortSignal
}

/** Subtitles attached to a video. A plain JSON-safe value. */
export interface AttachedSubtitles {
  languageCode: string
  displayName: string
  /** The media id of the uploaded subtitles file. */
  subtitlesMediaId: string
  format: SubtitlesFormat
  /** `File.name` of the subtitles, when it was a File. User text: render it as text. */
  fileName?: string
}

/** The video the subtitles go on. */
export interface SubtitledVideo {
  mediaId: string
  /** Default `tweet_video`. */
  videoCategory?: SubtitledVideoCategory | undefined
}

type SubtitlesContext = Pick<UploadFlowContext, 'api' | 'now' | 'sleep' | 'processingTimeoutMs'>

const neverAborted = (): AbortSignal => new AbortController().signal

function videoParams(video: SubtitledVideo): { mediaId: string; videoCategory?: SubtitledVideoCategory } {
  assertMediaId(video.mediaId)
  assertVideoCategory(video.videoCategory)
  return { mediaId: video.mediaId, ...(video.videoCategory === undefined ? {} : { videoCategory: video.videoCategory }) }
}

/**
 * Checks the file, uploads it (`media_category: 'subtitles'`, `text/srt` or `text/vtt`,
 * INIT → one APPEND → FINALIZE), waits for processing if X asks for it, then runs
 * `beforeAttach` (a task removes the language it had) and attaches it to the video.
 * Parameters are checked before anything is sent.
 */
export async function uploadAndAttachSubtitles(
  context: SubtitlesContext,
  video: SubtitledVideo,
  file: Blob,
  options: AttachSubtitlesOptions,
  beforeAttach?: (signal: AbortSignal) => Promise<void>,
): Promise<AttachedSubtitles> {
  const target = videoParams(video)
  const languageCode = assertLanguageCode(options.languageCode)
  const displayName = assertDisplayName(options.displayName)
  const signal = options.signal ?? neverAborted()
  const inspected = await inspectSubtitles(file)
  const { api } = context
  const created = await api.init({ totalBytes: inspected.size, mediaType: inspected.mediaType, mediaCategory: 'subtitles' }, signal)
  await api.append({ mediaId: created.mediaId, segmentIndex: 0, media: file }, signal)
  const finalized = await api.finalize(created.mediaId, signal)
  if (finalized.processingInfo !== undefined && finalized.processingInfo.state !== 'succeeded') {
    await waitForProcessing(finalized.processingInfo, {
      timeoutMs: context.processingTimeoutMs,
      now: context.now,
      sleep: context.sleep,
      signal,
      poll: async (pollSignal) => (await api.status(created.mediaId, pollSignal ?? signal)).processingInfo,
    })
  }
  await beforeAttach?.(signal)
  await api.subtitlesCreate({ ...target, subtitlesMediaId: created.mediaId, languageCode, displayName }, signal)
  return {
    languageCode,
    displayName,
    subtitlesMediaId: created.mediaId,
    format: inspected.format,
    ...(inspected.name === undefined ? {} : { fileName: inspected.name }),
  }
}

/** Removes the video's subtitles in one language. */
export async function removeSubtitlesOf(
  context: SubtitlesContext,
  video: SubtitledVideo,
  languageCode: string,
  options: RemoveSubtitlesOptions = {},
): Promise<void> {
  const target = videoParams(video)
  await context.api.subtitlesDelete({ ...target, languageCode: assertLanguageCode(languageCode) }, options.signal ?? neverAborted())
}
