import type { Preview } from '@storybook/react-vite'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { useState } from 'react'
import { configure } from 'storybook/test'
// The package's stylesheet, from source (`@tweet-media/react/styles.css` in an app).
import '../packages/react/src/styles.css'
import './preview.css'
import { mediaInspectorLoader } from './media-inspector/preview-feed'

// Play functions wait for uploads through the mock (latency, retries, processing): allow
// 10 s per query rather than Testing Library's 1 s, so a loaded CI machine does not fail a
// correct story. Each story's own assertions still decide what must appear.
configure({ asyncUtilTimeout: 10_000 })

const preview: Preview = {
  // Starts the msw worker once, then installs each story's `parameters.msw` handlers.
  // Then feeds the story's mock of X to the manager's media mock panel.
  loaders: [mswLoader(), mediaInspectorLoader],
  decorators: [
    (Story) => {
      // A client per story, as an app has one per page: no upload leaks into the next story.
      const [client] = useState(() => new QueryClient())
      return (
        <QueryClientProvider client={client}>
          <Story />
        </QueryClientProvider>
      )
    },
  ],
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true },
    options: { storySort: { order: ['Getting started', 'Composer', 'MediaUploader', 'Components'] } },
  },
}

export default preview
