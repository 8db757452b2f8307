// Files made in the story itself, with real signatures, so no binary fixtures are needed.

const MB = 1_048_576

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0))

/**
 * A real PNG drawn on a canvas: a colour field with a label, so previews show something.
 * Small (a few KB) and valid to the byte, as X and the mock read its header.
 */
export async function pngFile(name: string, options: { hue?: number; label?: string } = {}): Promise<File> {
  const canvas = new OffscreenCanvas(320, 180)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('2D canvas is not available')
  const hue = options.hue ?? 200
  const gradient = context.createLinearGradient(0, 0, 320, 180)
  gradient.addColorStop(0, `hsl(${hue} 80% 60%)`)
  gradient.addColorStop(1, `hsl(${(hue + 60) % 360} 80% 40%)`)
  context.fillStyle = gradient
  context.fillRect(0, 0, 320, 180)
  context.fillStyle = 'white'
  context.font = 'bold 28px sans-serif'
  // Centred, as previews show the middle of the image.
  context.textAlign = 'center'
  context.fillText(options.label ?? name, 160, 100)
  const blob = await canvas.convertToBlob({ type: 'image/png' })
  return new File([blob], name, { type: 'image/png' })
}

/** An MP4 as far as any sniffer can tell: an `ftyp` box (brand `isom`), then `size` bytes in all. */
export function mp4File(name: string, size = 64 * 1024): File {
  const head = new Uint8Array([0, 0, 0, 24, ...ascii('ftypisom'), 0, 0, 2, 0, ...ascii('isomavc1'), 0, 0, 0, 8, ...ascii('free')])
  return new File([head, new Uint8Array(Math.max(0, size - head.length))], name, { type: 'video/mp4' })
}

/** A PNG header followed by zeros up to 6 MB: over X's 5 MB photo limit. */
export function oversizedPngFile(name: string): File {
  const head = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...ascii('IHDR'), 0, 0, 1, 0, 0, 0, 1, 0])
  return new File([head, new Uint8Array(6 * MB - head.length)], name, { type: 'image/png' })
}

/** A PDF, whatever it is called: X takes photos, GIFs and videos only. */
export function pdfFile(name: string): File {
  return new File([new Uint8Array(ascii('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n'))], name, { type: 'application/pdf' })
}
