import type { Preview } from '@storybook/react-vite'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { useState } from 'react'
// The package's stylesheet, from source (`@tweet-media/react/styles.css` in an app).
import '../packages/react/src/styles.css'
import './preview.css'

const preview: Preview = {
  // Starts the msw worker once, then installs each story's `parameters.msw` handlers.
  loaders: [mswLoader()],
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
