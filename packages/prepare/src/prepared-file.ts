const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
}

/** A File with the picked file's name (extension changed to the new type) and its date. */
export function preparedFile(original: Blob, parts: BlobPart[], type: string): File {
  const name = original instanceof File ? original.name : 'media'
  const extension = EXTENSIONS[type]
  const renamed = original.type === type || extension === undefined ? name : `${name.replace(/\.[^./]*$/, '')}.${extension}`
  const lastModified = original instanceof File ? original.lastModified : Date.now()
  return new File(parts, renamed, { type, lastModified })
}
