import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type HTMLAttributes, type ReactNode } from 'react'
import { useMediaDropzone } from '../hooks/use-media-dropzone'
import { useMediaUploads, type MediaUploadItem, type UseMediaUploadsOptions, type UseMediaUploadsResult } from '../hooks/use-media-uploads'
import { rejectionMessage } from '../strings/messages'
import {
  resolveStrings,
  type MediaUploaderStrings,
  type MediaUploaderStringsOverride,
} from '../strings/media-uploader-strings'
import { AltTextDialog } from './alt-text-dialog'
import { MediaGridItem } from './media-grid-item'
import { MediaItem } from './media-item'
import { useReorder } from './use-reorder'
import { useUploadAnnouncements } from './use-upload-announcements'
import { VisuallyHidden } from './visually-hidden'

/** What `renderItem` gets besides the item. */
export interface MediaItemRenderContext {
  strings: MediaUploaderStrings
  /** Removes the item and moves focus to the file picker button, for keyboard users. */
  remove(): void
  /** Moves the item one place earlier (announced); `undefined` for the first item. */
  moveEarlier?: () => void
  /** Moves the item one place later (announced); `undefined` for the last item. */
  moveLater?: () => void
  /** Spread on the part the item is dragged by to reorder it (`draggable`, `onDragStart`). */
  dragHandleProps: HTMLAttributes<HTMLElement>
}

/** How `<MediaUploader>` lays out the media: cards with inline alt text, or X's post grid. */
export type MediaUploaderLayout = 'list' | 'grid'

/** Props of {@link MediaUploader}. */
export interface MediaUploaderProps extends UseMediaUploadsOptions {
  /**
   * The composer's own `useMediaUploads()` result, so the composer reads `isReady` and
   * calls `prepareForPost()` when posting. Without it the uploader keeps its own list
   * (and the hook options, callbacks included, are read from these props).
   */
  uploads?: UseMediaUploadsResult
  /** Called when the ids ready to attach change: `undefined` while any item is not usable. */
  onChange?: (mediaIds: string[] | undefined, items: readonly MediaUploadItem[]) => void
  /**
   * `list` (default): one card per file, alt text edited inline. `grid`: thumbnails in
   * X's post grid (one to four), a remove and an ALT button on each, alt text edited in a
   * dialog with a preview.
   */
  layout?: MediaUploaderLayout
  /**
   * Forces the light or dark preset of the stylesheet (`data-tm-theme`); by default it
   * follows `prefers-color-scheme`, or a `data-tm-theme` on an ancestor.
   */
  theme?: 'light' | 'dark'
  /** Replaces any user-facing string (translation, wording). */
  strings?: MediaUploaderStringsOverride
  /** Draws one item in place of the default {@link MediaItem} (the headless path). */
  renderItem?: (item: MediaUploadItem, context: MediaItemRenderContext) => ReactNode
  disabled?: boolean
  className?: string
}

/**
 * The media part of a tweet composer: drop, paste or choose photos, a GIF or a video,
 * see them upload, order them, describe them with alt text. Styled with
 * `@tweet-media/react/styles.css` (CSS custom properties, light and dark) or entirely by
 * the app through `renderItem` and class names. Needs no `QueryClientProvider`.
 *
 * @example
 * ```tsx
 * const uploads = useMediaUploads({ config: { baseUrl: '/api/x' } })
 * <MediaUploader uploads={uploads} layout="grid" />
 * <button disabled={!uploads.isReady} onClick={async () => post(await uploads.prepareForPost())}>Post</button>
 * ```
 */
export function MediaUploader({ uploads, ...props }: MediaUploaderProps) {
  return uploads === undefined ? <OwnMediaUploader {...props} /> : <MediaUploaderView uploads={uploads} {...props} />
}

function OwnMediaUploader(props: Omit<MediaUploaderProps, 'uploads'>) {
  const uploads = useMediaUploads(props)
  return <MediaUploaderView uploads={uploads} {...props} />
}

function MediaUploaderView({
  uploads,
  onChange,
  layout = 'list',
  theme,
  strings: override,
  renderItem,
  disabled = false,
  className,
}: MediaUploaderProps & { uploads: UseMediaUploadsResult }) {
  const strings = useMemo(() => resolveStrings(override), [override])
  const chooseButton = useRef<HTMLButtonElement>(null)
  const [editing, setEditing] = useState<string>()
  const { full } = uploads
  const dropzone = useMediaDropzone({ addFiles: uploads.addFiles, disabled, prepares: uploads.prepares, dropzone: { noClick: true, noKeyboard: true } })
  const [announcement, announce] = useUploadAnnouncements(uploads.items, strings)
  const reorder = useReorder(uploads, (id, index) => {
    const item = uploads.items.find((candidate) => candidate.id === id)
    const position = Math.min(Math.max(index, 0), uploads.items.length - 1) + 1
    if (item !== undefined) announce(strings.announceMoved(item.file.name, position, uploads.items.length))
  })
  const fullHintId = `${useId()}-full`

  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const idsKey = uploads.mediaIds?.join(',')
  useEffect(() => {
    onChangeRef.current?.(uploads.mediaIds, uploads.items)
    // Only a change of the usable ids is news to the composer, not every progress frame.
  }, [idsKey])

  // Focus goes back to the add button after the render that follows a removal or a
  // dismissal: the button may only be enabled again by it (a full post had disabled it).
  const refocusChooser = useRef(false)
  useLayoutEffect(() => {
    if (!refocusChooser.current) return
    refocusChooser.current = false
    chooseButton.current?.focus()
  })
  const removeAndRefocus = (item: MediaUploadItem): void => {
    refocusChooser.current = true
    item.remove()
  }
  const editingItem = uploads.items.find((item) => item.id === editing)

  const renderOne = (item: MediaUploadItem, index: number): ReactNode => {
    const { onMoveEarlier, onMoveLater, dragHandleProps } = reorder(item.id, index)
    const remove = (): void => removeAndRefocus(item)
    if (renderItem !== undefined) {
      return renderItem(item, { strings, remove, moveEarlier: onMoveEarlier, moveLater: onMoveLater, dragHandleProps })
    }
    if (layout === 'grid') {
      return (
        <MediaGridItem
          item={item}
          strings={strings}
          onRemove={remove}
          onEditAltText={item.kind === 'video' ? undefined : () => setEditing(item.id)}
          onMoveEarlier={onMoveEarlier}
          onMoveLater={onMoveLater}
          dragHandleProps={dragHandleProps}
        />
      )
    }
    return (
      <MediaItem
        item={item}
        strings={strings}
        onRemove={remove}
        onMoveEarlier={onMoveEarlier}
        onMoveLater={onMoveLater}
        dragHandleProps={dragHandleProps}
      />
    )
  }

  return (
    <section
      {...dropzone.getRootProps({
        role: 'region',
        'aria-label': strings.regionLabel,
        className: ['tm-uploader', className].filter(Boolean).join(' '),
        'data-layout': layout,
        'data-tm-theme': theme,
        'data-drag-active': dropzone.isDragActive ? '' : undefined,
      })}
    >
      {/* Out of the accessibility tree: the button below is the one control for choosing files. */}
      <input {...dropzone.getInputProps({ style: { display: 'none' } })} />
      <div className="tm-uploader__dropzone">
        <button
          ref={chooseButton}
          type="button"
          className="tm-button tm-button--primary"
          onClick={dropzone.open}
          disabled={disabled || full !== undefined}
          aria-describedby={full === undefined ? undefined : fullHintId}
        >
          {strings.chooseFiles}
        </button>
        {full === undefined ? (
          <p className="tm-uploader__hint">
            {dropzone.isDragActive ? strings.dropActive : strings.dropHint} {strings.rulesHint}
          </p>
        ) : (
          <p className="tm-uploader__hint" id={fullHintId}>
            {strings.postFull(full.kind, full.max)}
          </p>
        )}
      </div>
      <div role="alert" className="tm-uploader__rejections">
        {uploads.rejections.length > 0 && (
          <ul>
            {uploads.rejections.map((rejection) => (
              <li key={rejection.id} data-code={rejection.code}>
                <span>{rejectionMessage(rejection, strings)}</span>
                <button
                  type="button"
                  className="tm-button tm-button--quiet"
                  aria-label={strings.dismissRejection(rejection.file.name)}
                  onClick={() => {
                    refocusChooser.current = true
                    uploads.dismissRejection(rejection.id)
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {uploads.items.length > 0 && (
        <ul
          className={layout === 'grid' ? 'tm-uploader__grid' : 'tm-uploader__list'}
          data-count={uploads.items.length}
          aria-label={strings.listLabel}
        >
          {uploads.items.map((item, index) => (
            <li key={item.id} className="tm-uploader__list-item" {...reorder(item.id, index).dropTargetProps}>
              {renderOne(item, index)}
            </li>
          ))}
        </ul>
      )}
      {editingItem !== undefined && <AltTextDialog item={editingItem} strings={strings} onClose={() => setEditing(undefined)} />}
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
    </section>
  )
}
