import { isMediaUploadError, MediaUploadError } from '@tweet-media/core'
import { useId, useState } from 'react'
import type { MediaUploadItem } from '../hooks/use-media-uploads'
import { useMountedRef } from '../hooks/use-mounted-ref'
import type { MediaUploaderStrings } from '../strings/media-uploader-strings'
import { uploadErrorMessage } from '../strings/messages'

/** Props of {@link SubtitlesControl}. */
export interface SubtitlesControlProps {
  /** An uploaded video: the control attaches to and removes from its task. */
  item: MediaUploadItem
  strings: MediaUploaderStrings
}

/** The failure of the last attach or remove, with the file name its message names. */
interface Failure {
  error: MediaUploadError
  fileName: string
}

const SUBTITLES_ACCEPT = '.srt,.vtt,text/vtt,application/x-subrip,text/srt'

const asUploadError = (error: unknown): MediaUploadError =>
  isMediaUploadError(error) ? error : new MediaUploadError('invalid-argument', String(error))

/**
 * Subtitles of an uploaded video: the tracks attached (each with a remove button), and a
 * file (SRT or VTT) plus a language to attach; a language already attached is replaced.
 * Everything goes through the item's task (`attachSubtitles`, `removeSubtitles`); refusals,
 * local (a malformed file) or X's, are shown as text.
 */
export function SubtitlesControl({ item, strings }: SubtitlesControlProps) {
  const mounted = useMountedRef()
  const ids = useId()
  const languages = strings.subtitlesLanguages
  const [file, setFile] = useState<File>()
  const [code, setCode] = useState(languages[0]?.code ?? '')
  // What runs now: the Add button says "Adding…" only while a file is being attached.
  const [running, setRunning] = useState<'attach' | 'remove'>()
  const busy = running !== undefined
  const [failure, setFailure] = useState<Failure>()
  const attached = item.snapshot.subtitles
  const language = languages.find((candidate) => candidate.code === code)
  const nameOf = (languageCode: string): string =>
    attached.find((track) => track.languageCode === languageCode)?.displayName ??
    languages.find((candidate) => candidate.code === languageCode)?.name ??
    languageCode

  const run = async (kind: 'attach' | 'remove', fileName: string, action: () => Promise<unknown>): Promise<boolean> => {
    setRunning(kind)
    setFailure(undefined)
    try {
      await action()
      return true
    } catch (error) {
      if (mounted.current) setFailure({ error: asUploadError(error), fileName })
      return false
    } finally {
      if (mounted.current) setRunning(undefined)
    }
  }

  const attach = async (): Promise<void> => {
    if (file === undefined || language === undefined) return
    const done = await run('attach', file.name, () => item.task.attachSubtitles(file, { languageCode: language.code, displayName: language.name }))
    if (done && mounted.current) setFile(undefined)
  }

  return (
    <fieldset className="tm-subtitles" aria-label={strings.subtitlesLabel(item.file.name)} aria-busy={busy}>
      {attached.length > 0 && (
        <ul className="tm-subtitles__tracks">
          {attached.map((track) => (
            <li key={track.languageCode} data-language={track.languageCode}>
              <span>{strings.subtitlesAttached(track.displayName, track.fileName)}</span>
              <button
                type="button"
                className="tm-button tm-button--quiet"
                disabled={busy}
                onClick={() => void run('remove', track.fileName ?? item.file.name, () => item.task.removeSubtitles(track.languageCode))}
              >
                {strings.subtitlesRemove(track.displayName)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="tm-subtitles__form">
        <label htmlFor={`${ids}-file`}>{strings.subtitlesFile}</label>
        <input
          id={`${ids}-file`}
          type="file"
          accept={SUBTITLES_ACCEPT}
          disabled={busy}
          // Cleared after an attach, so the same file can be chosen again.
          key={file === undefined ? 'empty' : 'chosen'}
          onChange={(event) => setFile(event.currentTarget.files?.[0])}
        />
        <label htmlFor={`${ids}-language`}>{strings.subtitlesLanguage}</label>
        <select id={`${ids}-language`} value={code} disabled={busy} onChange={(event) => setCode(event.currentTarget.value)}>
          {languages.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {candidate.name}
            </option>
          ))}
        </select>
        <button type="button" className="tm-button" disabled={busy || file === undefined || language === undefined} onClick={() => void attach()}>
          {running === 'attach' ? strings.subtitlesAttaching : strings.subtitlesAttach(nameOf(code), attached.some((track) => track.languageCode === code))}
        </button>
      </div>
      {failure !== undefined && (
        <p className="tm-item__error" role="alert">
          {uploadErrorMessage(failure.error, failure.fileName, strings)}
        </p>
      )}
    </fieldset>
  )
}
