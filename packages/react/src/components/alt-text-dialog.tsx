import { ALT_TEXT_MAX_LENGTH, altTextLength } from '@tweet-media/core'
import { useEffect, useId, useRef } from 'react'
import type { MediaUploadItem } from '../hooks/use-media-uploads'
import type { MediaUploaderStrings } from '../strings/media-uploader-strings'
import { ItemAltTextField } from './media-item'
import { MediaPreview } from './media-preview'

/** Props of {@link AltTextDialog}. */
export interface AltTextDialogProps {
  item: MediaUploadItem
  strings: MediaUploaderStrings
  /** Called once the dialog has closed (Done, Escape); the caller unmounts it. */
  onClose: () => void
}

/**
 * A modal `<dialog>` to describe one photo or GIF: a large preview and the alt text field.
 * Opens with the focus in the field; Escape or Done closes it, storing the text typed, and
 * the focus goes back to the control that opened it.
 */
export function AltTextDialog({ item, strings, onClose }: AltTextDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const latest = useRef({ item, onClose })
  latest.current = { item, onClose }

  useEffect(() => {
    const element = dialog.current
    if (element === null) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    element.showModal()
    element.querySelector('textarea')?.focus()
    const closed = (): void => {
      // Closing stores what was typed (a closing dialog need not blur its field first).
      // Read from the task: the field's blur may have stored it a moment ago.
      const { task, altTextDraft, setAltText } = latest.current.item
      if (altTextDraft !== task.getSnapshot().altText && altTextLength(altTextDraft) <= ALT_TEXT_MAX_LENGTH) void setAltText(altTextDraft)
      opener?.focus()
      latest.current.onClose()
    }
    element.addEventListener('close', closed)
    return () => {
      element.removeEventListener('close', closed)
      if (element.open) element.close()
    }
  }, [])

  return (
    <dialog ref={dialog} className="tm-dialog" aria-labelledby={titleId}>
      <h2 id={titleId} className="tm-dialog__title">
        {strings.altTextDialogTitle}
      </h2>
      <MediaPreview
        file={item.file}
        kind={item.kind}
        label={strings.previewLabel(item.file.name)}
        unavailableText={strings.previewUnavailable}
        className="tm-dialog__preview"
      />
      <ItemAltTextField item={item} strings={strings} />
      <div className="tm-dialog__actions">
        <button type="button" className="tm-button tm-button--primary" onClick={() => dialog.current?.close()}>
          {strings.altTextDialogDone}
        </button>
      </div>
    </dialog>
  )
}
