import type { DraftState } from '../hooks/use-draft-sync'
import { UploadProgressBar } from './upload-progress-bar'

/** The words of {@link DraftNotice}; every one can be replaced (translations). */
export interface DraftNoticeStrings {
  loading: string
  waiting: string
  otherTabProgress(fileName: string): string
  /** Files of a restored draft that storage did not keep. */
  pickAgain(fileNames: string[]): string
  /** Files added now that storage refused. */
  notKept(fileNames: string[]): string
}

/** English defaults of {@link DraftNoticeStrings}. */
export const defaultDraftNoticeStrings: DraftNoticeStrings = {
  loading: 'Restoring your draft…',
  waiting: 'This draft is open in another tab. Its uploads go on there; this tab takes over when that one closes.',
  otherTabProgress: (fileName) => `Upload of ${fileName} in the other tab`,
  pickAgain: (names) => `The browser did not keep ${names.length === 1 ? 'this file' : 'these files'} of your draft; pick ${names.length === 1 ? 'it' : 'them'} again: ${names.join(', ')}.`,
  notKept: (names) => `The browser refused to store ${names.join(', ')}: ${names.length === 1 ? 'it uploads' : 'they upload'} now, but a reload would lose ${names.length === 1 ? 'it' : 'them'}.`,
}

/** Props of {@link DraftNotice}. */
export interface DraftNoticeProps {
  /** `useMediaUploads(...).draft`. */
  draft: DraftState | undefined
  strings?: Partial<DraftNoticeStrings>
  className?: string
}

/**
 * What the user must know about the draft: it is being restored, it is open in another tab
 * (with that tab's progress), or which files to pick again. Renders nothing otherwise.
 */
export function DraftNotice({ draft, strings: overrides, className = 'tm-draft-notice' }: DraftNoticeProps) {
  if (draft === undefined) return null
  const strings = { ...defaultDraftNoticeStrings, ...overrides }
  const pickAgain = draft.filesToPickAgain.map((item) => item.name)
  const lines = [
    draft.status === 'loading' ? strings.loading : undefined,
    draft.status === 'waiting' ? strings.waiting : undefined,
    pickAgain.length > 0 ? strings.pickAgain(pickAgain) : undefined,
    draft.filesNotKept.length > 0 ? strings.notKept(draft.filesNotKept) : undefined,
  ].filter((line): line is string => line !== undefined)
  if (lines.length === 0 && draft.otherTab.length === 0) return null
  return (
    <div className={className} role="status">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {draft.status === 'waiting' &&
        draft.otherTab.map((item) => (
          <UploadProgressBar key={item.key} fraction={item.fraction} label={strings.otherTabProgress(item.name)} />
        ))}
    </div>
  )
}
