/** Channel events between the preview (which holds the story's mock) and the manager's panel. */
export const MEDIA_INSPECTOR_EVENTS = {
  /** Preview → manager: the current story's mock as `InspectorState`, or `null` without one. */
  state: 'tweet-media/media-inspector/state',
  /** Manager → preview: send the state now (the panel just opened). */
  request: 'tweet-media/media-inspector/request',
} as const

/** The addon's and the panel's ids. */
export const MEDIA_INSPECTOR_ADDON = 'tweet-media/media-inspector'
export const MEDIA_INSPECTOR_PANEL = `${MEDIA_INSPECTOR_ADDON}/panel`
