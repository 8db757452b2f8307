import { MediaUploadError, type PrepareContext, type PrepareMedia, type PreparedMedia } from '@tweet-media/core'
import { ascii } from './bytes/binary'
import { HEADER_BYTES, readPictureHeader } from './bytes/image-header'
import { prepareGif } from './gif/prepare-gif'
import { resolveRules } from './limits'
import type { PrepareOptions, ResolvedPrepareOptions } from './options'
import { preparePhoto, type StepContext } from './photo/prepare-photo'
import { prepareVideo } from './video/prepare-video'

/** ISO BMFF boxes a video file starts with, Matroska/WebM's EBML magic, MPEG-TS sync. */
function looksLikeVideo(head: Uint8Array): boolean {
  const box = ascii(head, 4, 8)
  if (['ftyp', 'moov', 'mdat', 'wide', 'free', 'skip'].includes(box)) return true
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return true
  return head[0] === 0x47 && head[188] === 0x47
}

function resolveOptions(options: PrepareOptions): ResolvedPrepareOptions {
  return {
    keepMetadata: options.keepMetadata ?? false,
    convertPhotos: options.convertPhotos ?? true,
    transcodeVideos: options.transcodeVideos ?? true,
    trimVideos: options.trimVideos ?? false,
    createWorker: options.createWorker,
  }
}

/**
 * Makes a preparation function for core's uploader (`createUploader({ prepare })`). What
 * each file needs is read from its bytes: photos lose location and camera metadata and
 * are converted or re-encoded to fit; animated GIFs and videos are checked against X's
 * rules, and videos transcoded where the browser can. Pixel and media work runs in a
 * module worker started only for files that need it; decoders load only then.
 *
 * @example
 * ```ts
 * const uploader = createUploader({ baseUrl: '/api/x', prepare: createMediaPreparer({ trimVideos: true }) })
 * ```
 */
export function createMediaPreparer(options: PrepareOptions = {}): PrepareMedia {
  const rules = resolveRules(options.limits)
  const resolved = resolveOptions(options)
  return async (file: Blob, { signal, onProgress }: Partial<PrepareContext> = {}): Promise<PreparedMedia> => {
    if (signal?.aborted) throw new MediaUploadError('aborted', 'Preparation was canceled.')
    const context: StepContext = { options: resolved, signal, onProgress }
    const head = new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer())
    const picture = readPictureHeader(head)
    let prepared: PreparedMedia
    if (picture?.type === 'image/gif') prepared = await prepareGif(file, picture, rules, context)
    else if (picture !== undefined) prepared = await preparePhoto(file, picture, rules.photo, context)
    else if (looksLikeVideo(head)) prepared = await prepareVideo(file, rules.video, context)
    // Anything else goes on unchanged: the uploader's own check refuses it with its code.
    else prepared = { file, steps: [], original: { type: file.type, size: file.size } }
    onProgress?.(1)
    return prepared
  }
}

/**
 * {@link createMediaPreparer} with every default: X's limits, metadata removed, photos
 * converted, videos transcoded where the browser can, never trimmed.
 */
export const prepareMedia: PrepareMedia = createMediaPreparer()
