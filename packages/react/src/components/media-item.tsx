import type { HTMLAttributes } from 'react'
import type { MediaUploadItem } from '../hooks/use-media-uploads'
import { uploadErrorMessage } from '../strings/messages'
import type { MediaUploaderStrings } from '../strings/media-uploader-strings'
import { AltTextField } from './alt-text-field'
import { hasStoredAltText, ItemMoveActions, ItemRunActions, ItemStatus, ItemSubtitles } from './item-parts'
import { MediaPreview } from './media-preview'
import { VisuallyHidden } from './visually-hidden'

/** Props of {@link MediaItem}. */
export interface MediaItemProps {
  item: MediaUploadItem
  strings: MediaUploaderStrings
  /** Called instead of `item.remove()`, so the uploader can move focus before the item goes. */
  onRemove?: () => void
  /** Moves the item one place earlier; no button when left out (the first item). */
  onMoveEarlier?: () => void
  /** Moves the item one place later; no button when left out (the last item). */
  onMoveLater?: () => void
  /** Spread on the preview: what the item is dragged by to reorder it (`draggable` and `onDragStart`). */
  dragHandleProps?: HTMLAttributes<HTMLElement>
}

/**
 * The default rendering of one file in the list layout: preview with an ALT badge, name,
 * status, progress, cancel / retry / move / remove, the alt text field, and a video's subtitles. Every string
 * comes from `strings`; file names, alt text and server messages are rendered as text.
 */
export function MediaItem({ item, strings, onRemove = item.remove, onMoveEarlier, onMoveLater, dragHandleProps }: MediaItemProps) {
  const name = item.file.name
  return (
    <div className="tm-item" data-status={item.status} data-kind={item.kind}>
      <div className="tm-item__media" {...dragHandleProps}>
        <MediaPreview
          file={item.file}
          kind={item.kind}
          label={strings.previewLabel(name)}
          unavailableText={strings.previewUnavailable}
        />
        {hasStoredAltText(item) && (
          <span className="tm-item__alt-badge" title={strings.altBadgeLabel}>
            <span aria-hidden="true">{strings.altBadge}</span>
            <VisuallyHidden>{strings.altBadgeLabel}</VisuallyHidden>
          </span>
        )}
      </div>
      <div className="tm-item__body">
        <p className="tm-item__name">{name}</p>
        <ItemStatus item={item} strings={strings} />
        <div className="tm-item__actions">
          <ItemRunActions item={item} strings={strings} />
          <ItemMoveActions item={item} strings={strings} onMoveEarlier={onMoveEarlier} onMoveLater={onMoveLater} />
          <button type="button" className="tm-button tm-button--danger" onClick={onRemove}>
            {strings.remove(name)}
          </button>
        </div>
        <ItemSubtitles item={item} strings={strings} />
        {item.kind === 'video' ? (
          <p className="tm-item__note">{strings.altTextUnsupported}</p>
        ) : (
          <ItemAltTextField item={item} strings={strings} />
        )}
      </div>
    </div>
  )
}

/** The alt text field of one item, its typed text kept in the hook (`altTextDraft`). */
export function ItemAltTextField({ item, strings }: { item: MediaUploadItem; strings: MediaUploaderStrings }) {
  const name = item.file.name
  return (
    <AltTextField
      fileName={name}
      value={item.altText}
      status={item.altTextStatus}
      errorMessage={
        item.altTextStatus === 'error' && item.altTextError !== undefined
          ? uploadErrorMessage(item.altTextError, name, strings)
          : undefined
      }
      onSave={(text) => void item.setAltText(text)}
      draft={item.altTextDraft}
      onDraftChange={item.editAltText}
      strings={strings}
    />
  )
}
