/** What a byte-level metadata rewrite found and did. */
export interface MetadataCleanup {
  /** The rewritten file; the input itself when nothing was removed. */
  bytes: Uint8Array<ArrayBuffer>
  /** True when any metadata was taken out. */
  removed: boolean
  /** True when what was taken out held a GPS position. */
  hadGps: boolean
  /** The EXIF orientation found (1–8); kept in a minimal EXIF block when not 1. */
  orientation: number
}
