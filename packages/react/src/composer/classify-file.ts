import { inspectFile, isMediaUploadError, sniffMediaType, type InspectFileOptions, type MediaKind } from '@tweet-media/core'
import type { MediaRejection } from './media-rejection'
import { preparableKind } from './preparable-kind'
import { sizeLimitOf } from './size-limit'

/** A file core accepted, with its kind, or the reason core refused it. */
export type ClassifiedFile = { file: File; kind: MediaKind } | { file: File; rejection: MediaRejection }

/**
 * Ask core what `file` really is (from its bytes) and whether X takes it; never throws.
 * With `prepares` (the uploader has a `prepare` step), a photo or video that is too big or
 * in another format is accepted: preparation converts it or refuses it with the rule.
 */
export async function classifyFile(file: File, options?: InspectFileOptions, prepares = false): Promise<ClassifiedFile> {
  try {
    const { kind } = await inspectFile(file, options)
    return { file, kind }
  } catch (error) {
    if (!isMediaUploadError(error)) return { file, rejection: { file, code: 'invalid-argument', message: String(error) } }
    const kind = prepares && error.code !== 'file-empty' ? preparableKind(file) : undefined
    if (kind !== undefined) return { file, kind }
    const rejection: MediaRejection = { file, code: error.code, message: error.message, error }
    if (error.code === 'file-too-large') {
      // Which limit applied depends on what the bytes are: say that one, not all three.
      const sniffed = await sniffMediaType(file)
      if (sniffed !== undefined) rejection.limitBytes = sizeLimitOf(sniffed.kind, options)
    }
    return { file, rejection }
  }
}
