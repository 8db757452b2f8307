// Runs in a Web Worker: like a server, there is no `window` and no `document`. Imports the
// package and renders <MediaUploader> to HTML, and reports what happened.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'

export interface ServerRenderReport {
  hadWindow: boolean
  html?: string
  error?: string
}

const hadWindow = typeof window !== 'undefined' || typeof document !== 'undefined'
try {
  const { MediaUploader } = await import('../src/index')
  const html = renderToString(
    <QueryClientProvider client={new QueryClient()}>
      <MediaUploader config={{ baseUrl: '/api/x' }} />
    </QueryClientProvider>,
  )
  postMessage({ hadWindow, html } satisfies ServerRenderReport)
} catch (error) {
  postMessage({ hadWindow, error: String(error) } satisfies ServerRenderReport)
}
