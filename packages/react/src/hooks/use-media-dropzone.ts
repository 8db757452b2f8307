import { useCallback } from 'react'
import { useDropzone, type DropzoneInputProps, type DropzoneOptions, type DropzoneState } from 'react-dropzone'
import { X_MEDIA_ACCEPT } from '../composer/x-media-types'
import type { UseMediaUploadsResult } from './use-media-uploads'

/** Options of {@link useMediaDropzone}. */
export interface UseMediaDropzoneOptions {
  /** Where the files go: `useMediaUploads().addFiles`. */
  addFiles: UseMediaUploadsResult['addFiles']
  disabled?: boolean
  /** Any other react-dropzone option (`noClick`, `autoFocus`, …). */
  dropzone?: Omit<DropzoneOptions, 'accept' | 'onDrop' | 'disabled'>
}

/** react-dropzone's state for a composer. Refusals are in `useMediaUploads().rejections`. */
export type UseMediaDropzoneResult = DropzoneState

/** The file picker's `accept` attribute: X's types and their extensions. */
const PICKER_ACCEPT = Object.entries(X_MEDIA_ACCEPT)
  .flatMap(([type, extensions]) => [type, ...extensions])
  .join(',')

/**
 * react-dropzone wired to a composer: drag and drop, the file picker and paste from the
 * clipboard all go through `addFiles` (type from the bytes, size, duplicates, the post's
 * rules), every file in the order it came, so refusals list in the order chosen. The
 * picker offers exactly X's types. The headless path of `<MediaUploader>`.
 */
export function useMediaDropzone({ addFiles, disabled = false, dropzone }: UseMediaDropzoneOptions): UseMediaDropzoneResult {
  const onDrop = useCallback(
    (accepted: File[]) => {
      // No `accept` filter here: core judges each file from its bytes, in order, and says why.
      if (accepted.length > 0) void addFiles(accepted)
    },
    [addFiles],
  )
  const state = useDropzone({ ...dropzone, onDrop, disabled })
  const { getInputProps: dropzoneInputProps } = state
  const getInputProps = useCallback(
    <T extends DropzoneInputProps>(props?: T): T => dropzoneInputProps({ accept: PICKER_ACCEPT, ...props } as T),
    [dropzoneInputProps],
  )
  return { ...state, getInputProps }
}
