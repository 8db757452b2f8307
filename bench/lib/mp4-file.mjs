import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mp4Blocks } from './mp4-bytes.mjs'

// Bumped whenever the content changes, so a cached file of an older layout is not reused.
const LAYOUT_VERSION = 1

/**
 * The path and SHA-256 of an MP4-shaped file of `sizeBytes` (`ftyp`/`moov`, then an `mdat`
 * of pseudo-random bytes), written once into the OS temp dir and reused by later runs.
 */
export async function ensureMp4File(sizeBytes, dir = join(tmpdir(), 'tweet-media-bench')) {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `clip-${sizeBytes}-v${LAYOUT_VERSION}.mp4`)
  const digestPath = `${path}.sha256`
  if (existsSync(path) && existsSync(digestPath) && statSync(path).size === sizeBytes) {
    return { path, size: sizeBytes, sha256: readFileSync(digestPath, 'utf8').trim() }
  }
  const hash = createHash('sha256')
  const file = await open(path, 'w')
  try {
    // Each block is written before the generator overwrites it for the next one.
    for (const block of mp4Blocks(sizeBytes)) {
      await file.write(block)
      hash.update(block)
    }
  } finally {
    await file.close()
  }
  const sha256 = hash.digest('hex')
  writeFileSync(digestPath, `${sha256}\n`)
  return { path, size: sizeBytes, sha256 }
}
