import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { MediaUploader, useMediaUploads, type UseMediaUploadsResult } from '@tweet-media/react'
import { Profiler, type ReactNode } from 'react'
import { expect, inject, test } from 'vitest'
import { commands } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { mp4Blocks } from '../lib/mp4-bytes.mjs'

const MB = 1024 * 1024
const ITEMS = 4
const ITEM_BYTES = 32 * MB
const CHUNK_BYTES = 4 * MB
/** A frame gap over this is a visible stall (three frames at 60 Hz). */
const FRAME_GAP_GOAL_MS = 50

function mp4File(totalBytes: number, name: string): File {
  // Copy each block as it is produced: the generator reuses its buffer for the next one.
  return new File(Array.from(mp4Blocks(totalBytes), (block) => block.slice()), name, { type: 'video/mp4' })
}

function Composer({ onUploads }: { onUploads: (uploads: UseMediaUploadsResult) => void }): ReactNode {
  const uploads = useMediaUploads({
    config: { baseUrl: inject('mockUrl'), auth: { bearerToken: 'bench-user-access-token' }, chunkSize: CHUNK_BYTES },
    // Four videos at once: more than X lets a post hold, to load the component as four items would.
    rules: { maxImages: 4, maxGifs: 4, maxVideos: ITEMS },
  })
  onUploads(uploads)
  return <MediaUploader uploads={uploads} />
}

test('four items uploading at once in <MediaUploader>: commits per animation frame and frame gaps', async () => {
  const files = Array.from({ length: ITEMS }, (_, index) => mp4File(ITEM_BYTES, `clip-${index}.mp4`))
  let uploads: UseMediaUploadsResult | undefined
  let frame = 0
  const commitsPerFrame = new Map<number, number>()
  let counting = false
  const onRender = (): void => {
    if (counting) commitsPerFrame.set(frame, (commitsPerFrame.get(frame) ?? 0) + 1)
  }
  await render(
    <QueryClientProvider client={new QueryClient()}>
      <Profiler id="uploader" onRender={onRender}>
        <Composer onUploads={(current) => (uploads = current)} />
      </Profiler>
    </QueryClientProvider>,
  )

  let last = performance.now()
  let longestGapMs = 0
  let frames = 0
  let watching = true
  const onFrame = (now: number): void => {
    longestGapMs = Math.max(longestGapMs, now - last)
    last = now
    frame++
    frames++
    if (watching) requestAnimationFrame(onFrame)
  }
  counting = true
  const started = performance.now()
  requestAnimationFrame(onFrame)
  await uploads?.addFiles(files)
  await expect.poll(() => uploads?.items.length === ITEMS && uploads.items.every((item) => item.status === 'success'), { timeout: 300_000, interval: 200 }).toBe(true)
  const ms = performance.now() - started
  watching = false
  counting = false

  const commits = [...commitsPerFrame.values()].reduce((sum, count) => sum + count, 0)
  expect(commits).toBeGreaterThan(0)
  await commands.writeFile(
    inject('resultsFile').replace(/\.json$/, '-four-items.json'),
    JSON.stringify({
      items: ITEMS,
      itemBytes: ITEM_BYTES,
      ms,
      frames,
      commits,
      maxCommitsInOneFrame: Math.max(0, ...commitsPerFrame.values()),
      longestFrameGapMs: longestGapMs,
      frameGapGoalMs: FRAME_GAP_GOAL_MS,
    }),
  )
})
