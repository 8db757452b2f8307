import { useCallback, type ClipboardEvent } from 'react'
import type { UseMediaUploadsResult } from './use-media-uploads'

/**
 * An `onPaste` handler for the app's own text box (the post's textarea): files on the
 * clipboard (a screenshot, a copied image) go to `media.addFiles`, checked and refused
 * like a drop (see `media.rejections`). A paste without files is left alone; a paste of
 * files alone does not also paste their name as text.
 *
 * @example
 * ```tsx
 * const media = useMediaUploads({ config })
 * const onPaste = usePasteToUpload(media)
 * <textarea value={text} onChange={…} onPaste={onPaste} />
 * ```
 */
export function usePasteToUpload(media: Pick<UseMediaUploadsResult, 'addFiles'>): (event: ClipboardEvent<HTMLElement>) => void {
  const { addFiles } = media
  return useCallback(
    (event: ClipboardEvent<HTMLElement>) => {
      const files = Array.from(event.clipboardData.files)
      if (files.length === 0) return
      if (!event.clipboardData.types.includes('text/plain')) event.preventDefault()
      void addFiles(files)
    },
    [addFiles],
  )
}
