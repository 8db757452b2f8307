import { useCallback } from 'react'
import { useDropzone, type DropzoneInputProps, type DropzoneOptions, type DropzoneState } from 'react-dropzone'
import { PREPARABLE_MEDIA_ACCEPT, X_MEDIA_ACCEPT } from '../composer/x-media-types'
import type { UseMediaUploadsResult } from './use-media-uploads'

/** Options of {@link useMediaDropzone}. */
export interface UseMediaDropzoneOptions {
  /** Where the files go: `useMediaUploads().addFiles`. */
  addFiles: UseMediaUploadsResult['addFiles']
  disabled?: boolean
  /** Any other react-dropzone option (`noClick`, `autoFocus`, …). */
  dropzone?: Omit<DropzoneOptions, 'accept' | 'onDrop' | 'disabled'>
  /** Also take the formats a `prepare` step converts (HEIC, AVIF, WebM, …): set when the uploader has one. */
  prepares?: boolean
}

/** react-dropzone's state for a composer. Refusals are in `useMediaUploads().rejections`. */
export type UseMediaDropzoneResult = DropzoneState

const pickerAccept = (types: Record<string, readonly string[]>): string =>
  Object.entries(types)
    .flatMap(([type, extensions]) => [type, ...extensions])
    .join(',')

/** The file picker's `accept` attribute: X's types and their extensions. */
const PICKER_ACCEPT = pickerAccept(X_MEDIA_ACCEPT)
/** With a `prepare` step, also the formats it converts (HEIC, AVIF, WebM, …). */
const PREPARABLE_PICKER_ACCEPT = pickerAccept({ ...X_MEDIA_ACCEPT, ...PREPARABLE_MEDIA_ACCEPT })

/**
 * react-dropzone wired to a composer: drag and drop, the file picker and paste from the
 * clipboard all go through `addFiles` (type from the bytes, size, duplicates, the post's
 * rules), every file in the order it came, so refusals list in the order chosen. The
 * picker offers X's types (and, with `prepares`, the formats preparation converts). The headless path of `<MediaUploader>`.
 */
export function useMediaDropzone({ addFiles, disabled = false, dropzone, prepares = false }: UseMediaDropzoneOptions): UseMediaDropzoneResult {
  const onDrop = useCallback(
    (accepted: File[]) => {
      // No `accept` filter here: core judges each file from its bytes, in order, and says why.
      if (accepted.length > 0) void addFiles(accepted)
    },
    [addFiles],
  )
  const state = useDropzone({ ...dropzone, onDrop, disabled })
  const { getInputProps: dropzoneInputProps } = state
  const accept = prepares ? PREPARABLE_PICKER_ACCEPT : PICKER_ACCEPT
  const getInputProps = useCallback(
    <T extends DropzoneInputProps>(props?: T): T => dropzoneInputProps({ accept, ...props } as T),
    [dropzoneInputProps, accept],
  )
  return { ...state, getInputProps }
}
