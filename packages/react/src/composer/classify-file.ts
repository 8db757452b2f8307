import { inspectFile, isMediaUploadError, type InspectFileOptions, type MediaKind } from '@tweet-media/core'
import type { MediaRejection } from './media-rejection'
import { preparableKind } from './preparable-kind'

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
    const kind = prepares && isMediaUploadError(error) && error.code !== 'file-empty' ? preparableKind(file) : undefined
    if (kind !== undefined) return { file, kind }
    if (isMediaUploadError(error)) return { file, rejection: { file, code: error.code, message: error.message, error } }
    return { file, rejection: { file, code: 'invalid-argument', message: String(error) } }
  }
}
