import { useEffect, useMemo, useRef, type ReactNode } from 'react'
import { useMediaDropzone } from '../hooks/use-media-dropzone'
import { useMediaUploads, type MediaUploadItem, type UseMediaUploadsOptions, type UseMediaUploadsResult } from '../hooks/use-media-uploads'
import { rejectionMessage } from '../strings/messages'
import {
  resolveStrings,
  type MediaUploaderStrings,
  type MediaUploaderStringsOverride,
} from '../strings/media-uploader-strings'
import { MediaItem } from './media-item'
import { useUploadAnnouncements } from './use-upload-announcements'
import { VisuallyHidden } from './visually-hidden'

/** What `renderItem` gets besides the item. */
export interface MediaItemRenderContext {
  strings: MediaUploaderStrings
  /** Removes the item and moves focus to the file picker button, for keyboard users. */
  remove(): void
}

/** Props of {@link MediaUploader}. */
export interface MediaUploaderProps extends UseMediaUploadsOptions {
  /**
   * The composer's own `useMediaUploads()` result, so the composer reads `mediaIds` and
   * calls `getMediaIds()` when posting. Without it the uploader keeps its own list.
   */
  uploads?: UseMediaUploadsResult
  /** Called when the ids ready to attach change: `undefined` while any item is not usable. */
  onChange?: (mediaIds: string[] | undefined, items: readonly MediaUploadItem[]) => void
  /** Replaces any user-facing string (translation, wording). */
  strings?: MediaUploaderStringsOverride
  /** Draws one item in place of the default {@link MediaItem} (the headless path). */
  renderItem?: (item: MediaUploadItem, context: MediaItemRenderContext) => ReactNode
  disabled?: boolean
  className?: string
}

/**
 * The media part of a tweet composer: drop, paste or choose photos, a GIF or a video,
 * see them upload, describe them with alt text. Styled with `@tweet-media/react/styles.css`
 * (CSS custom properties) or entirely by the app through `renderItem` and class names.
 *
 * @example
 * ```tsx
 * const uploads = useMediaUploads({ config: { baseUrl: '/api/x' } })
 * <MediaUploader uploads={uploads} />
 * <button disabled={!uploads.isReady} onClick={() => post(uploads.getMediaIds())}>Post</button>
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
  strings: override,
  renderItem,
  disabled = false,
  className,
}: MediaUploaderProps & { uploads: UseMediaUploadsResult }) {
  const strings = useMemo(() => resolveStrings(override), [override])
  const chooseButton = useRef<HTMLButtonElement>(null)
  const dropzone = useMediaDropzone({ addFiles: uploads.addFiles, disabled, prepares: uploads.prepares, dropzone: { noClick: true, noKeyboard: true } })
  const announcement = useUploadAnnouncements(uploads.items, strings)

  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const idsKey = uploads.mediaIds?.join(',')
  useEffect(() => {
    onChangeRef.current?.(uploads.mediaIds, uploads.items)
    // Only a change of the usable ids is news to the composer, not every progress frame.
  }, [idsKey])

  const removeAndRefocus = (item: MediaUploadItem): void => {
    item.remove()
    chooseButton.current?.focus()
  }

  return (
    <section
      {...dropzone.getRootProps({
        role: 'region',
        'aria-label': strings.regionLabel,
        className: ['tm-uploader', className].filter(Boolean).join(' '),
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
          disabled={disabled}
        >
          {strings.chooseFiles}
        </button>
        <p className="tm-uploader__hint">
          {dropzone.isDragActive ? strings.dropActive : strings.dropHint} {strings.rulesHint}
        </p>
      </div>
      <div role="alert" className="tm-uploader__rejections">
        {dropzone.rejections.length > 0 && (
          <ul>
            {dropzone.rejections.map((rejection, index) => (
              <li key={`${index}-${rejection.file.name}`} data-code={rejection.code}>
                {rejectionMessage(rejection, strings)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {uploads.items.length > 0 && (
        <ul className="tm-uploader__list" aria-label={strings.listLabel}>
          {uploads.items.map((item) => (
            <li key={item.id} className="tm-uploader__list-item">
              {renderItem === undefined ? (
                <MediaItem item={item} strings={strings} onRemove={() => removeAndRefocus(item)} />
              ) : (
                renderItem(item, { strings, remove: () => removeAndRefocus(item) })
              )}
            </li>
          ))}
        </ul>
      )}
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
    </section>
  )
}
