import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import '@tweet-media/react/styles.css'
import './composer.css'

/**
 * Starts msw's worker in development (`vite`) and in the mock build (`vite build --mode
 * mock`). Both conditions are constants at build time, so a production build drops this
 * branch and the dynamic import with it: no msw in the bundle.
 */
async function startMockOfX(): Promise<void> {
  if (import.meta.env.DEV || import.meta.env.MODE === 'mock') {
    const { worker } = await import('./mocks/browser')
    // Requests it has no handler for (the page's own files) go to the network, with a warning.
    await worker.start()
  }
}

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')

void startMockOfX().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
