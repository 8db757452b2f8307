/** What the test page shows of its composer (as JSON in `[data-testid=state]`). */
export interface ComposerState {
  draft: { status: string; storage: string; otherTab: number } | undefined
  items: Array<{
    name: string
    status: string
    mediaId: string | undefined
    altText: string
    altTextStatus: string
    /** Segments acknowledged so far. */
    acknowledged: number
    /** The segments the item's resume state held when it was restored. */
    restoredAcknowledged: number[]
  }>
  /** The items as the last save stored them. */
  saved: Array<{ name: string; altText: string; mediaId: string | undefined; acknowledged: number }>
}
