/** "2 min 29 s", "45 s", "0.3 s": a duration as people read it. */
export function formatDuration(seconds: number): string {
  if (seconds < 10) return `${Math.round(seconds * 10) / 10} s`
  const whole = Math.floor(seconds)
  const minutes = Math.floor(whole / 60)
  const rest = whole % 60
  if (minutes === 0) return `${rest} s`
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`
}

/** The name to show for a file: its own name in quotes, or "The file". User text: render as text. */
export function fileLabel(file: Blob): string {
  return typeof File !== 'undefined' && file instanceof File && file.name !== '' ? file.name : 'The file'
}
