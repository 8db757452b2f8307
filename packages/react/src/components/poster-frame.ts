/** The longest side of a drawn poster frame, in CSS pixels: enough for X's post grid. */
const POSTER_MAX_SIDE = 480

const posters = new WeakMap<Blob, Promise<Blob | undefined>>()

/** Scales `width`×`height` down to fit {@link POSTER_MAX_SIDE}, keeping the ratio. */
function fitted(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, POSTER_MAX_SIDE / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/** Decodes one frame near the start of `video` and draws it into a JPEG; `undefined` when the browser cannot. */
function drawFirstFrame(video: Blob): Promise<Blob | undefined> {
  return new Promise((resolve) => {
    const element = document.createElement('video')
    const url = URL.createObjectURL(video)
    const finish = (poster: Blob | undefined): void => {
      element.removeAttribute('src')
      element.load()
      URL.revokeObjectURL(url)
      resolve(poster)
    }
    element.muted = true
    element.playsInline = true
    element.preload = 'auto'
    element.addEventListener('error', () => finish(undefined), { once: true })
    element.addEventListener(
      'loadeddata',
      () => {
        // A frame just after the start: the very first one is often black.
        element.currentTime = Math.min(0.1, Number.isFinite(element.duration) ? element.duration / 2 : 0)
      },
      { once: true },
    )
    element.addEventListener(
      'seeked',
      () => {
        if (element.videoWidth === 0 || element.videoHeight === 0) return finish(undefined)
        const { width, height } = fitted(element.videoWidth, element.videoHeight)
        const canvas = document.createElement('canvas')
        canvas.width = width
        canvas.height = height
        const context = canvas.getContext('2d')
        if (context === null) return finish(undefined)
        context.drawImage(element, 0, 0, width, height)
        canvas.toBlob((poster) => finish(poster ?? undefined), 'image/jpeg', 0.85)
      },
      { once: true },
    )
    element.src = url
  })
}

/**
 * A still image of `video`'s first decodable frame, drawn once per file and shared by
 * every preview of it (list, grid, dialog): no `<video>` stays in the page. Resolves to
 * `undefined` when the browser cannot decode the file, so the caller shows a fallback.
 */
export function posterFrame(video: Blob): Promise<Blob | undefined> {
  let poster = posters.get(video)
  if (poster === undefined) {
    poster = drawFirstFrame(video)
    posters.set(video, poster)
  }
  return poster
}
