import { WorkerError } from '../worker/worker-error'

/** The part of libheif-js's API used here. */
interface HeifImage {
  get_width(): number
  get_height(): number
  display(target: ImageData, done: (result: ImageData | null) => void): void
}
interface LibHeif {
  HeifDecoder: new () => { decode(bytes: Uint8Array): HeifImage[] }
}

let libheif: Promise<LibHeif> | undefined

/** libheif compiled to WASM (bundled in one module), loaded on the first HEIC only. */
function loadLibheif(): Promise<LibHeif> {
  libheif ??= import('libheif-js/libheif-wasm/libheif-bundle.mjs').then(
    // The factory returns the module, or a promise of it in builds that instantiate WASM asynchronously.
    async (module) => (await module.default()) as LibHeif,
  )
  return libheif
}

/** Decodes the primary image of a HEIC/HEIF file (libheif applies its rotation and mirroring). */
export async function decodeHeic(file: Blob): Promise<ImageBitmap> {
  const lib = await loadLibheif()
  const images = new lib.HeifDecoder().decode(new Uint8Array(await file.arrayBuffer()))
  const image = images[0]
  if (image === undefined) throw new WorkerError({ message: 'The HEIC file holds no picture that can be read.', reason: 'unreadable' })
  const pixels = new ImageData(image.get_width(), image.get_height())
  const decoded = await new Promise<ImageData | null>((resolve) => image.display(pixels, resolve))
  if (decoded === null) throw new WorkerError({ message: 'The HEIC picture could not be decoded.', reason: 'unreadable' })
  return createImageBitmap(decoded)
}
