import { ALT_TEXT_MAX_LENGTH, altTextLength, type AltTextStatus } from '@tweet-media/core'
import { useId, useState } from 'react'
import { defaultMediaUploaderStrings, type MediaUploaderStrings } from '../strings/media-uploader-strings'

/** Props of {@link AltTextField}. */
export interface AltTextFieldProps {
  /** Names the field: `strings.altTextLabel(fileName)`. */
  fileName: string
  /** The text the upload task holds (`snapshot.altText`). */
  value: string
  /** `snapshot.altTextStatus`. */
  status: AltTextStatus
  /** Why the last save failed, as plain text. */
  errorMessage?: string
  /** Hands the text to the task (`item.setAltText`); called on Save and when the field loses focus. */
  onSave: (text: string) => void
  /**
   * What the field shows while the user types (`item.altTextDraft`). With
   * `onDraftChange`, the typed text lives in the hook, where it counts for readiness and
   * `prepareForPost()` stores it; without, the field keeps it itself.
   */
  draft?: string
  /** Called on every change with the typed text (`item.editAltText`). */
  onDraftChange?: (text: string) => void
  disabled?: boolean
  strings?: MediaUploaderStrings
  className?: string
}

/**
 * A labelled alt text field with a live count against X's 1,000-character limit.
 * The draft stays in the field until it is saved, and the task keeps it afterwards, so
 * nothing the user typed is lost when a request fails.
 */
export function AltTextField({
  fileName,
  value,
  status,
  errorMessage,
  onSave,
  draft: controlledDraft,
  onDraftChange,
  disabled = false,
  strings = defaultMediaUploaderStrings,
  className = 'tm-alt',
}: AltTextFieldProps) {
  const id = useId()
  const [ownDraft, setOwnDraft] = useState(value)
  const [lastValue, setLastValue] = useState(value)
  // Follow the task's text when it changes elsewhere, unless the user is mid-edit.
  if (value !== lastValue) {
    setLastValue(value)
    if (ownDraft === lastValue) setOwnDraft(value)
  }
  const controlled = onDraftChange !== undefined
  const draft = controlled ? (controlledDraft ?? value) : ownDraft
  const setDraft = controlled ? onDraftChange : setOwnDraft

  const count = altTextLength(draft)
  const tooLong = count > ALT_TEXT_MAX_LENGTH
  const dirty = draft !== value
  const save = (): void => {
    if (!tooLong && (dirty || status === 'error')) onSave(draft)
  }
  const statusText =
    status === 'saving' ? strings.altTextSaving : status === 'saved' && !dirty ? strings.altTextSaved : undefined
  const describedBy = [`${id}-count`, errorMessage === undefined ? '' : `${id}-error`].join(' ').trim()

  return (
    <div className={className}>
      <label className={`${className}__label`} htmlFor={`${id}-input`}>
        {strings.altTextLabel(fileName)}
      </label>
      <textarea
        id={`${id}-input`}
        className={`${className}__input`}
        value={draft}
        rows={2}
        disabled={disabled}
        aria-invalid={tooLong || errorMessage !== undefined ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          if (dirty) save()
        }}
      />
      <div className={`${className}__footer`}>
        <span id={`${id}-count`} className={`${className}__count`} data-over={tooLong ? '' : undefined}>
          {tooLong ? strings.altTextTooLong(count, ALT_TEXT_MAX_LENGTH) : strings.altTextCount(count, ALT_TEXT_MAX_LENGTH)}
        </span>
        {statusText !== undefined && <span className={`${className}__status`}>{statusText}</span>}
        <button
          type="button"
          className={`${className}__save tm-button`}
          // Stays enabled when there is nothing new to save: saving on blur must not pull
          // the focus out from under a keyboard user tabbing onto this button.
          disabled={disabled || tooLong}
          aria-label={strings.altTextSaveLabel(fileName)}
          onClick={save}
        >
          {strings.altTextSave}
        </button>
      </div>
      {errorMessage !== undefined && (
        <p id={`${id}-error`} className={`${className}__error`} role="alert">
          {strings.altTextSaveFailed(errorMessage)}
        </p>
      )}
    </div>
  )
}
