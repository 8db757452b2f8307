import { useCallback, useState } from 'react'
import { useDropzone, type DropzoneOptions, type DropzoneState, type FileRejection } from 'react-dropzone'
import type { MediaRejection, MediaRejectionCode } from '../composer/media-rejection'
import { PREPARABLE_MEDIA_ACCEPT, X_MEDIA_ACCEPT } from '../composer/x-media-types'
import type { UseMediaUploadsResult } from './use-media-uploads'
import { useMountedRef } from './use-mounted-ref'

/** Options of {@link useMediaDropzone}. */
export interface UseMediaDropzoneOptions {
  /** Where accepted files go: `useMediaUploads().addFiles`. */
  addFiles: UseMediaUploadsResult['addFiles']
  disabled?: boolean
  /** Any other react-dropzone option (`noClick`, `autoFocus`, …). */
  dropzone?: Omit<DropzoneOptions, 'accept' | 'onDrop' | 'disabled'>
  /** Also take the formats a `prepare` step converts (HEIC, AVIF, WebM, …): set when the uploader has one. */
  prepares?: boolean
}

/** react-dropzone's state, plus the files refused by the last drop, paste or choice. */
export interface UseMediaDropzoneResult extends DropzoneState {
  /** Why files of the last drop, paste or choice were not added; cleared by the next one. */
  rejections: readonly MediaRejection[]
  /** Clears `rejections`, for a dismiss button. */
  dismissRejections(): void
}

const fromDropzoneCode = (code: string): MediaRejectionCode =>
  code === 'file-too-large' || code === 'too-many-files' ? code : 'unsupported-type'

const fromDropzoneRejection = ({ file, errors }: FileRejection): MediaRejection => {
  const first = errors[0]
  return { file, code: fromDropzoneCode(first?.code ?? ''), message: first?.message ?? 'Not accepted.' }
}

/**
 * react-dropzone wired to a composer: drag and drop, the file picker and paste from the
 * clipboard all accept exactly X's file types and go through `addFiles` (type from the
 * bytes, size, the post's rules). The headless path of `<MediaUploader>`.
 */
export function useMediaDropzone({ addFiles, disabled = false, dropzone, prepares = false }: UseMediaDropzoneOptions): UseMediaDropzoneResult {
  const [rejections, setRejections] = useState<readonly MediaRejection[]>([])
  const mounted = useMountedRef()
  const onDrop = useCallback(
    (accepted: File[], refused: FileRejection[]) => {
      const refusedByType = refused.map(fromDropzoneRejection)
      setRejections(refusedByType)
      if (accepted.length === 0) return
      void addFiles(accepted).then(({ rejected }) => {
        if (mounted.current && rejected.length > 0) setRejections((current) => [...current, ...rejected])
      })
    },
    [addFiles, mounted],
  )
  const accept = prepares ? { ...X_MEDIA_ACCEPT, ...PREPARABLE_MEDIA_ACCEPT } : { ...X_MEDIA_ACCEPT }
  const state = useDropzone({ ...dropzone, accept, onDrop, disabled })
  const dismissRejections = useCallback(() => setRejections([]), [])
  return { ...state, rejections, dismissRejections }
}
