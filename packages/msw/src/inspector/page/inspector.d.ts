// Types of the inspector page's script, which the Storybook panel imports as well.
import type { InspectorLogEntry } from '../request-log'
import type { InspectorState } from '../inspector-state'

/** `1.5 KB`, `3.0 MB`. */
export function formatBytes(bytes: number): string
/** Time left, e.g. `23 h 59 min`, `42 s`, `expired`. */
export function formatCountdown(ms: number): string
/** Renders the media of a state into `root`, keeping each card (and a playing video) by id. */
export function renderMedia(
  root: HTMLElement,
  state: Pick<InspectorState, 'now' | 'media'>,
  options?: { bytesUrl?: (id: string) => string; onExpire?: (id: string) => void; clockOffset?: number },
): void
/** Renders request log entries (newest first) as a table into `root`. */
export function renderRequests(root: HTMLElement, entries: readonly InspectorLogEntry[]): void
/** Updates the countdowns of rendered cards. */
export function tickCountdowns(root: HTMLElement): void
