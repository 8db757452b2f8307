import type { InspectorState } from '@tweet-media/msw'
// The manager bundles JSX with the classic transform: React must be in scope.
import React, { useEffect, useRef, useState } from 'react'
import { useChannel } from 'storybook/manager-api'
import { renderMedia, renderRequests, tickCountdowns } from '../../packages/msw/src/inspector/page/inspector.js'
import { MEDIA_INSPECTOR_EVENTS } from './events'

// The inspector page's layout, scoped to the panel (the manager has its own styles).
const PANEL_CSS = `
.tm-media-inspector { padding: 12px; font: 13px/1.45 system-ui, sans-serif; }
.tm-media-inspector h2 { font-size: 14px; margin: 12px 0 6px; }
.tm-media-inspector .media-list { display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); padding: 0; margin: 0; list-style: none; }
.tm-media-inspector .media { border: 1px solid #bbb; border-radius: 6px; padding: 8px; }
.tm-media-inspector h3 { font: 600 13px ui-monospace, monospace; margin: 0 0 6px; }
.tm-media-inspector dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
.tm-media-inspector dd { margin: 0; overflow-wrap: anywhere; }
.tm-media-inspector table { border-collapse: collapse; width: 100%; }
.tm-media-inspector th, .tm-media-inspector td { text-align: left; padding: 2px 6px; border-bottom: 1px solid #ddd; }
`

/**
 * What the current story's mock holds and saw: its media (no previews: the bytes stay in
 * the preview frame) and its request log, rendered by the inspector page's own script.
 */
export function MediaInspectorPanel({ active }: { active: boolean }) {
  const [state, setState] = useState<InspectorState | null | undefined>(undefined)
  const media = useRef<HTMLDivElement>(null)
  const requests = useRef<HTMLDivElement>(null)
  const emit = useChannel({ [MEDIA_INSPECTOR_EVENTS.state]: (next: InspectorState | null) => setState(next) })

  useEffect(() => {
    if (active) emit(MEDIA_INSPECTOR_EVENTS.request)
  }, [active, emit])
  useEffect(() => {
    if (!state || !media.current || !requests.current) return
    renderMedia(media.current, state)
    renderRequests(requests.current, state.requests)
  }, [state])
  useEffect(() => {
    const timer = setInterval(() => media.current && tickCountdowns(media.current), 1000)
    return () => clearInterval(timer)
  }, [])

  if (!active) return null
  return (
    <div className="tm-media-inspector">
      <style>{PANEL_CSS}</style>
      {state === undefined && <p>Waiting for the story…</p>}
      {state === null && <p>This story uses no media mock (no `createMediaMock` handlers in `parameters.msw`).</p>}
      <div hidden={!state}>
        <h2>Media</h2>
        <div ref={media} />
        <h2>Requests</h2>
        <div ref={requests} />
      </div>
    </div>
  )
}
