import type { MediaUploadItem } from '../hooks/use-media-uploads'
import { statusMessage, uploadErrorMessage } from '../strings/messages'
import { preparationLine } from '../strings/preparation-line'
import type { MediaUploaderStrings } from '../strings/media-uploader-strings'
import { AltTextField } from './alt-text-field'
import { MediaPreview } from './media-preview'
import { UploadProgressBar } from './upload-progress-bar'
import { VisuallyHidden } from './visually-hidden'

/** Props of {@link MediaItem}. */
export interface MediaItemProps {
  item: MediaUploadItem
  strings: MediaUploaderStrings
  /** Called instead of `item.remove()`, so the uploader can move focus before the item goes. */
  onRemove?: () => void
}

const RUNNING = new Set(['idle', 'validating', 'uploading', 'processing'])
const RETRYABLE = new Set(['error', 'canceled', 'expired'])

/** Bytes while uploading, X's percent while processing; `undefined` (indeterminate) otherwise. */
function runningFraction(item: MediaUploadItem): number | undefined {
  if (item.status === 'uploading') return item.progress.fraction
  const percent = item.progress.processingPercent
  return item.status === 'processing' && percent !== undefined ? percent / 100 : undefined
}

/**
 * The default rendering of one file: preview with an ALT badge, name, status, progress,
 * cancel / retry / remove, and the alt text field. Every string comes from `strings`;
 * file names, alt text and server messages are rendered as text.
 */
export function MediaItem({ item, strings, onRemove = item.remove }: MediaItemProps) {
  const name = item.file.name
  const running = RUNNING.has(item.status)
  const hasAltText = item.altTextStatus === 'saved' && item.altText !== ''
  const prepared = preparationLine(item.snapshot.preparation, strings.preparationSteps)
  // A refusal from preparation names the rule and the file's value: say it as it is.
  const refusedInPreparation = item.snapshot.phase === 'preparing'

  return (
    <div className="tm-item" data-status={item.status} data-kind={item.kind}>
      <div className="tm-item__media">
        <MediaPreview file={item.file} kind={item.kind} label={strings.previewLabel(name)} />
        {hasAltText && (
          <span className="tm-item__alt-badge" title={strings.altBadgeLabel}>
            <span aria-hidden="true">{strings.altBadge}</span>
            <VisuallyHidden>{strings.altBadgeLabel}</VisuallyHidden>
          </span>
        )}
      </div>
      <div className="tm-item__body">
        <p className="tm-item__name">{name}</p>
        <p className="tm-item__status">{statusMessage(item, strings)}</p>
        {prepared !== undefined && <p className="tm-item__prepared">{prepared}</p>}
        {running && (
          <UploadProgressBar
            fraction={runningFraction(item)}
            label={strings.progressLabel(name)}
            valueText={
              item.status === 'uploading'
                ? strings.progressBytes(item.progress.bytesSent, item.progress.bytesTotal)
                : statusMessage(item, strings)
            }
          />
        )}
        {item.status === 'error' && item.error !== undefined && (
          <p className="tm-item__error" role="alert">
            {refusedInPreparation
              ? strings.preparationRefused({ fileName: name, detail: item.error.message })
              : uploadErrorMessage(item.error, name, strings)}
          </p>
        )}
        <div className="tm-item__actions">
          {running && (
            <button type="button" className="tm-button" onClick={item.cancel}>
              {strings.cancel(name)}
            </button>
          )}
          {RETRYABLE.has(item.status) && (
            <button type="button" className="tm-button" onClick={item.retry}>
              {strings.retry(name)}
            </button>
          )}
          <button type="button" className="tm-button tm-button--danger" onClick={onRemove}>
            {strings.remove(name)}
          </button>
        </div>
        {item.kind === 'video' ? (
          <p className="tm-item__note">{strings.altTextUnsupported}</p>
        ) : (
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
            strings={strings}
          />
        )}
      </div>
    </div>
  )
}
