import { createUploader, type Uploader, type UploaderConfig } from '@tweet-media/core'
import { useRef } from 'react'

/** How a hook gets its uploader: an app-wide one, or a config to build its own from. */
export interface UploaderSource {
  /** An uploader shared by the app (`createUploader(config)` from `@tweet-media/core`). */
  uploader?: Uploader
  /** Used when `uploader` is left out; read once, on the first render. */
  config?: UploaderConfig
}

/** The uploader of `source`, creating one from `source.config` at most once per component. */
export function useUploader({ uploader, config }: UploaderSource): Uploader {
  const own = useRef<Uploader | undefined>(undefined)
  if (uploader !== undefined) return uploader
  own.current ??= createUploader(config)
  return own.current
}
