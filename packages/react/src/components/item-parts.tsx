import type { MediaUploadItem } from '../hooks/use-media-uploads'
import { statusMessage, uploadErrorMessage } from '../strings/messages'
import type { MediaUploaderStrings } from '../strings/media-uploader-strings'
import { preparationLine } from '../strings/preparation-line'
import { SubtitlesControl } from './subtitles-control'
import { UploadProgressBar } from './upload-progress-bar'

const RUNNING = new Set(['idle', 'validating', 'uploading', 'processing'])
const RETRYABLE = new Set(['error', 'canceled', 'expired'])

/** Bytes while uploading, X's percent while processing; `undefined` (indeterminate) otherwise. */
function runningFraction(item: MediaUploadItem): number | undefined {
  if (item.status === 'uploading') return item.progress.fraction
  const percent = item.progress.processingPercent
  return item.status === 'processing' && percent !== undefined ? percent / 100 : undefined
}

/** Props of the parts of one item both layouts share. */
interface ItemPartProps {
  item: MediaUploadItem
  strings: MediaUploaderStrings
}

/** Where the upload stands: a status line, what preparation changed, the progress bar while it runs, and the error. */
export function ItemStatus({ item, strings }: ItemPartProps) {
  const name = item.file.name
  const prepared = preparationLine(item.snapshot.preparation, strings.preparationSteps)
  // A refusal from preparation names the rule and the file's value: say it as it is.
  const refusedInPreparation = item.snapshot.phase === 'preparing'
  return (
    <>
      <p className="tm-item__status">{statusMessage(item, strings)}</p>
      {prepared !== undefined && <p className="tm-item__prepared">{prepared}</p>}
      {RUNNING.has(item.status) && (
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
      {item.status === 'error' && item.error !== undefined && item.error.code !== 'media-expired' && (
        <p className="tm-item__error" role="alert">
          {refusedInPreparation
            ? strings.preparationRefused({ fileName: name, detail: item.error.message })
            : uploadErrorMessage(item.error, name, strings)}
        </p>
      )}
    </>
  )
}

/** Cancel while running, Retry after a failure, cancel or expiry. */
export function ItemRunActions({ item, strings }: ItemPartProps) {
  const name = item.file.name
  return (
    <>
      {RUNNING.has(item.status) && (
        <button type="button" className="tm-button" onClick={item.cancel}>
          {strings.cancel(name)}
        </button>
      )}
      {RETRYABLE.has(item.status) && (
        <button type="button" className="tm-button" onClick={item.retry}>
          {strings.retry(name)}
        </button>
      )}
    </>
  )
}

/** True when the item's alt text is stored on X: the ALT badge shows. */
export const hasStoredAltText = (item: MediaUploadItem): boolean => item.altTextStatus === 'saved' && item.altText !== ''

/** Props of {@link ItemMoveActions}. */
interface ItemMoveProps extends ItemPartProps {
  onMoveEarlier?: () => void
  onMoveLater?: () => void
  /** Arrows as the visible text (the accessible names stay whole): for the grid's small cells. */
  compact?: boolean
}

/** The buttons that move an item one place earlier or later: each only where the move exists. */
export function ItemMoveActions({ item, strings, onMoveEarlier, onMoveLater, compact = false }: ItemMoveProps) {
  const name = item.file.name
  const button = (direction: 'earlier' | 'later', onClick: () => void) => {
    const label = direction === 'earlier' ? strings.moveEarlier(name) : strings.moveLater(name)
    return (
      <button
        type="button"
        className="tm-button"
        data-move={direction}
        aria-label={compact ? label : undefined}
        onClick={onClick}
      >
        {compact ? <span aria-hidden="true">{direction === 'earlier' ? '←' : '→'}</span> : label}
      </button>
    )
  }
  return (
    <>
      {onMoveEarlier !== undefined && button('earlier', onMoveEarlier)}
      {onMoveLater !== undefined && button('later', onMoveLater)}
    </>
  )
}

/** The subtitles control, once the item is an uploaded video (X attaches subtitles to a media id). */
export function ItemSubtitles({ item, strings }: ItemPartProps) {
  if (item.kind !== 'video' || item.status !== 'success') return null
  return <SubtitlesControl item={item} strings={strings} />
}
