import { MB } from './limits'

/**
 * A size as people read it, in X's binary megabytes: `"15 MB"`, `"16.2 MB"`, `"300 KB"`.
 * Used in error messages; exported so a UI shows sizes the same way.
 */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`
  return `${bytes} bytes`
}
