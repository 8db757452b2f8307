import { QueryClient, QueryClientContext } from '@tanstack/react-query'
import { useContext } from 'react'

let fallback: QueryClient | undefined

/**
 * The client uploads run through: the `queryClient` option, else the one of the nearest
 * `QueryClientProvider`, else one client this package creates on first use and shares for
 * the page. So the hooks and `<MediaUploader>` work without a provider; with one, the app's
 * mutation defaults, `MutationCache` callbacks and devtools see every upload.
 */
export function useUploadQueryClient(queryClient: QueryClient | undefined): QueryClient {
  const fromContext = useContext(QueryClientContext)
  if (queryClient !== undefined) return queryClient
  if (fromContext !== undefined) return fromContext
  fallback ??= new QueryClient()
  return fallback
}
