// The manager bundles JSX with the classic transform: React must be in scope.
import React from 'react'
import { addons, types } from 'storybook/manager-api'
import { MEDIA_INSPECTOR_ADDON, MEDIA_INSPECTOR_PANEL } from './events'
import { MediaInspectorPanel } from './media-inspector-panel'

addons.register(MEDIA_INSPECTOR_ADDON, () => {
  addons.add(MEDIA_INSPECTOR_PANEL, {
    type: types.PANEL,
    title: 'Media mock',
    render: ({ active }) => <MediaInspectorPanel active={Boolean(active)} />,
  })
})
