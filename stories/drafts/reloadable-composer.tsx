import type { UploaderConfig } from '@tweet-media/core'
import { createDraftStore } from '@tweet-media/drafts'
import { DraftNotice, MediaUploader, useMediaUploads } from '@tweet-media/react'
import { useState } from 'react'

/** Props of {@link ReloadableComposer}. */
export interface ReloadableComposerProps {
  /** The draft both mounts share, as two loads of one page do. */
  draftName: string
  config: UploaderConfig
}

/**
 * A composer whose "Reload" button unmounts it and mounts a new one on the same draft:
 * everything in memory is gone (tasks cancelled mid-request, as when a tab reloads), and
 * only what the draft stored in IndexedDB comes back.
 */
export function ReloadableComposer({ draftName, config }: ReloadableComposerProps) {
  const [loads, setLoads] = useState(1)
  return (
    <div>
      <button type="button" onClick={() => setLoads((count) => count + 1)}>
        Reload the composer
      </button>
      <p>Page load {loads}</p>
      <ComposerWithDraft key={loads} draftName={draftName} config={config} />
    </div>
  )
}

function ComposerWithDraft({ draftName, config }: ReloadableComposerProps) {
  const [draft] = useState(() => createDraftStore(draftName))
  const media = useMediaUploads({ config, draft })
  return (
    <>
      <DraftNotice draft={media.draft} />
      <MediaUploader uploads={media} />
    </>
  )
}
