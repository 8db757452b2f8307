// The soak's files: photos for the one-request route, videos for the chunked one, each
// with its own bytes so a misplaced segment changes its hash.
import { isoMediaBytes, JPEG_BYTES, PNG_BYTES } from './test-media'
import { MIB, patternedFile } from './test-support'

const KIB = 1024

/** Upload number `index` (0-based): alternately a photo of 100–900 KB and a video of 1–3 MB. */
export function soakFile(index: number): File {
  if (index % 2 === 0) {
    const size = (100 + ((index * 37) % 800)) * KIB + index
    return index % 4 === 0 ? patternedFile(PNG_BYTES, size, `photo-${index}.png`, 'image/png') : patternedFile(JPEG_BYTES, size, `photo-${index}.jpg`, 'image/jpeg')
  }
  const size = MIB + ((index * 7919) % (2 * MIB))
  // The head differs per upload (the brand), so no two videos share a fingerprint.
  return patternedFile(isoMediaBytes('isom', ['mp41', `v${String(index).padStart(3, '0')}`]), size, `clip-${index}.mp4`, 'video/mp4')
}
