// Files made in the story itself, with real signatures, so no binary fixtures are needed.
// Videos and oversized photos come from the React tests' `media-files` (`video`, `photo`).

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

/** A PDF, whatever it is called: X takes photos, GIFs and videos only. */
export function pdfFile(name: string): File {
  return new File([new Uint8Array(ascii('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n'))], name, { type: 'application/pdf' })
}
