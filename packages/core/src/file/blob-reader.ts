/**
 * Random access to the bytes of a Blob through one small window at a time, so that walking
 * a file's structure never reads the whole file into memory.
 */
export class BlobReader {
  private window = new Uint8Array(0)
  private windowStart = 0

  constructor(
    private readonly blob: Blob,
    private readonly windowSize = 64 * 1024,
  ) {}

  /** The byte at `position`, or `undefined` past the end. */
  async byteAt(position: number): Promise<number | undefined> {
    if (position < 0 || position >= this.blob.size) return undefined
    const offset = position - this.windowStart
    if (offset < 0 || offset >= this.window.length) {
      this.windowStart = position
      this.window = new Uint8Array(await this.blob.slice(position, position + this.windowSize).arrayBuffer())
    }
    return this.window[position - this.windowStart]
  }
}
