import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createUploader } from '@tweet-media/core'
import { Composer } from './composer'
import { postTweet } from './post-tweet'

// Every media request goes to the app's own proxy, which signs it for X on the server
// (createMediaProxy from @tweet-media/core/server): no X secret in the browser.
const uploader = createUploader({ baseUrl: '/api/x' })
const queryClient = new QueryClient()

/** The page: one composer. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <main className="page">
        <h1>New post</h1>
        <Composer uploader={uploader} post={postTweet} />
      </main>
    </QueryClientProvider>
  )
}
