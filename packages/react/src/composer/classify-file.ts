import { inspectFile, isMediaUploadError, sniffMediaType, type InspectFileOptions, type MediaKind } from '@tweet-media/core'
import type { MediaRejection } from './media-rejection'
import { sizeLimitOf } from './size-limit'

/** A file core accepted, with its kind, or the reason core refused it. */
export type ClassifiedFile = { file: File; kind: MediaKind } | { file: File; rejection: MediaRejection }

/** Ask core what `file` really is (from its bytes) and whether X takes it; never throws. */
export async function classifyFile(file: File, options?: InspectFileOptions): Promise<ClassifiedFile> {
  try {
    const { kind } = await inspectFile(file, options)
    return { file, kind }
  } catch (error) {
    if (!isMediaUploadError(error)) return { file, rejection: { file, code: 'invalid-argument', message: String(error) } }
    const rejection: MediaRejection = { file, code: error.code, message: error.message, error }
    if (error.code === 'file-too-large') {
      // Which limit applied depends on what the bytes are: say that one, not all three.
      const sniffed = await sniffMediaType(file)
      if (sniffed !== undefined) rejection.limitBytes = sizeLimitOf(sniffed.kind, options)
    }
    return { file, rejection }
  }
}
