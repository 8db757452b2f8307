import type { MediaItemProps } from './media-item'
import { hasStoredAltText, ItemMoveActions, ItemRunActions, ItemStatus, ItemSubtitles } from './item-parts'
import { MediaPreview } from './media-preview'
import { VisuallyHidden } from './visually-hidden'

/** Props of {@link MediaGridItem}: those of the list's {@link MediaItemProps}, and the alt text dialog. */
export interface MediaGridItemProps extends MediaItemProps {
  /** Opens the alt text dialog for this item (photos and GIFs). */
  onEditAltText?: () => void
}

/**
 * One thumbnail of the grid layout, as in X's composer: the preview filling its cell, a
 * remove button in a corner, an ALT button that opens the alt text dialog (marked once
 * alt text is stored), and the upload's status, progress and cancel / retry beneath (and a
 * video's subtitles: a video is alone in its post, so its cell is wide).
 */
export function MediaGridItem({ item, strings, onRemove = item.remove, onEditAltText, onMoveEarlier, onMoveLater, dragHandleProps }: MediaGridItemProps) {
  const name = item.file.name
  const described = hasStoredAltText(item)
  return (
    <div className="tm-cell" data-status={item.status} data-kind={item.kind}>
      <div className="tm-cell__media" {...dragHandleProps}>
        <MediaPreview
          file={item.file}
          kind={item.kind}
          label={strings.previewLabel(name)}
          unavailableText={strings.previewUnavailable}
          className="tm-cell__preview"
        />
        <button type="button" className="tm-cell__remove" aria-label={strings.remove(name)} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
        {onEditAltText !== undefined && (
          <button
            type="button"
            className="tm-cell__alt"
            data-described={described ? '' : undefined}
            aria-label={strings.editAltText(name)}
            onClick={onEditAltText}
          >
            <span aria-hidden="true">{strings.altBadge}</span>
          </button>
        )}
        {described && <VisuallyHidden>{strings.altBadgeLabel}</VisuallyHidden>}
      </div>
      <div className="tm-cell__body">
        <ItemStatus item={item} strings={strings} />
        <div className="tm-item__actions">
          <ItemRunActions item={item} strings={strings} />
          <ItemMoveActions item={item} strings={strings} onMoveEarlier={onMoveEarlier} onMoveLater={onMoveLater} compact />
        </div>
        <ItemSubtitles item={item} strings={strings} />
      </div>
    </div>
  )
}
