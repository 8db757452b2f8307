import type { UploadTask, UploadedMedia } from '@tweet-media/core'
import { useMutation, type MutationKey, type QueryClient } from '@tanstack/react-query'
import { useUploadQueryClient } from './fallback-query-client'

/** The mutation key uploads run under: set defaults for it with `queryClient.setMutationDefaults`. */
export const MEDIA_UPLOAD_MUTATION_KEY = ['tweet-media', 'upload'] as const

/** What one mutation runs: the first start of a task, or a retry after an error or cancel. */
export interface UploadRun {
  task: UploadTask
  action: 'start' | 'retry'
}

/** React Query options the upload hooks share. */
export interface UploadMutationOptions {
  /** Default: the client from `QueryClientProvider`, else one shared client of this package (no provider needed). */
  queryClient?: QueryClient
  /** Default {@link MEDIA_UPLOAD_MUTATION_KEY}. */
  mutationKey?: MutationKey
}

/**
 * Runs tasks through the app's `QueryClient`, so mutation defaults, `MutationCache`
 * callbacks and the devtools see every upload. Only the task is read for state: React
 * Query calls `mutate()` callbacks for the latest of concurrent calls alone.
 */
export function useUploadMutation({ queryClient, mutationKey = MEDIA_UPLOAD_MUTATION_KEY }: UploadMutationOptions) {
  const mutation = useMutation<UploadedMedia, unknown, UploadRun>(
    {
      mutationKey,
      mutationFn: ({ task, action }) => (action === 'retry' ? task.retry() : task.start()),
      // Core retries what can be retried and reports being offline itself.
      retry: false,
      networkMode: 'always',
    },
    useUploadQueryClient(queryClient),
  )
  return { run: mutation.mutate, reset: mutation.reset }
}
