// A composer that keeps its media in a draft, for the tests that reload the page. Its query
// string says where the mock of X listens, which draft to use and how far its clock is ahead.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createUploader } from '@tweet-media/core'
import { createDraftStore } from '@tweet-media/drafts'
import { DraftNotice, MediaUploader, useMediaUploads } from '@tweet-media/react'
import { useState, useSyncExternalStore } from 'react'
import { createRoot } from 'react-dom/client'
import type { ComposerState } from './composer-state'
import { observeSaves } from './observe-saves'

const params = new URLSearchParams(location.search)
const clockOffsetMs = Number(params.get('clockOffsetMs') ?? '0')
const now = (): number => Date.now() + clockOffsetMs
// As an app sets it up: through its proxy (played by the mock), no credentials in the page.
const uploader = createUploader({
  baseUrl: params.get('mock') ?? '',
  chunkSize: 1_048_576,
  now,
})

const saves = observeSaves(createDraftStore(params.get('draft') ?? 'composer', { now }))

function Composer() {
  const media = useMediaUploads({ uploader, draft: saves.draft })
  const savedItems = useSyncExternalStore(saves.subscribe, saves.getSaved)
  // The resume state each item came back with, as first seen (before any new segment).
  const [restoredAcks] = useState(() => new Map<string, number[]>())
  for (const item of media.items) {
    if (!restoredAcks.has(item.id)) restoredAcks.set(item.id, [...(item.snapshot.resumeState?.acknowledgedSegments ?? [])])
  }
  const state: ComposerState = {
    draft: media.draft ? { status: media.draft.status, storage: media.draft.storage, otherTab: media.draft.otherTab.length } : undefined,
    items: media.items.map((item) => ({
      name: item.file.name,
      status: item.status,
      mediaId: item.snapshot.media?.mediaId,
      altText: item.snapshot.altText,
      altTextStatus: item.snapshot.altTextStatus,
      acknowledged: item.snapshot.resumeState?.acknowledgedSegments.length ?? 0,
      restoredAcknowledged: restoredAcks.get(item.id) ?? [],
    })),
    saved: savedItems.map((item) => ({
      name: item.name,
      altText: item.altText,
      mediaId: item.media?.mediaId,
      acknowledged: item.resumeState?.acknowledgedSegments.length ?? 0,
    })),
  }
  return (
    <main>
      <DraftNotice draft={media.draft} />
      <MediaUploader uploads={media} />
      <button type="button" onClick={() => media.clear()}>
        Post
      </button>
      <pre data-testid="state" hidden>
        {JSON.stringify(state)}
      </pre>
    </main>
  )
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <QueryClientProvider client={new QueryClient()}>
    <Composer />
  </QueryClientProvider>,
)
