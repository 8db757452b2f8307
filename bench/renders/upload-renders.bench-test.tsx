import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { UploadTask } from '@tweet-media/core'
import { useMediaUpload } from '@tweet-media/react'
import { Profiler, type ReactNode } from 'react'
import { expect, inject, test } from 'vitest'
import { commands } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { mp4Blocks } from '../lib/mp4-bytes.mjs'

const CHUNK_BYTES = 4 * 1024 * 1024

/** The same MP4-shaped bytes the Node benchmark writes to disk, as a File a user would pick. */
function mp4File(totalBytes: number): File {
  // Copy each block as it is produced: the generator reuses its buffer for the next one.
  return new File(Array.from(mp4Blocks(totalBytes), (block) => block.slice()), 'clip.mp4', { type: 'video/mp4' })
}

function Composer({ file, onTask }: { file: File; onTask: (task: UploadTask) => void }): ReactNode {
  const { upload, status, progress } = useMediaUpload({
    config: { baseUrl: inject('mockUrl'), auth: { bearerToken: 'bench-user-access-token' }, chunkSize: CHUNK_BYTES },
  })
  return (
    <div>
      <button type="button" onClick={() => onTask(upload(file))}>
        Upload
      </button>
      <p data-testid="status">{status}</p>
      <progress max={1} value={progress.fraction} />
    </div>
  )
}

test('a useMediaUpload component renders a bounded number of times during a 50 MB upload', async () => {
  const file = mp4File(inject('fileBytes'))
  const counts = { commits: 0, taskNotifications: 0 }
  let counting = false
  const onRender = (): void => {
    if (counting) counts.commits++
  }
  let started = 0
  let uploadTask: UploadTask | undefined
  const screen = await render(
    <QueryClientProvider client={new QueryClient()}>
      <Profiler id="composer" onRender={onRender}>
        <Composer
          file={file}
          onTask={(task) => {
            uploadTask = task
            task.subscribe(() => counts.taskNotifications++)
          }}
        />
      </Profiler>
    </QueryClientProvider>,
  )

  counting = true
  started = performance.now()
  await screen.getByRole('button', { name: 'Upload' }).click()
  // The task's own promise fails fast with the real error; the text check then waits for the last commit.
  expect(uploadTask).toBeDefined()
  await uploadTask?.start()
  await expect.element(screen.getByTestId('status')).toHaveTextContent('success')
  const ms = performance.now() - started
  counting = false

  expect(counts.commits).toBeGreaterThan(1)
  await commands.writeFile(
    inject('resultsFile'),
    JSON.stringify({ fileBytes: file.size, chunkBytes: CHUNK_BYTES, ms, commits: counts.commits, taskNotifications: counts.taskNotifications, transport: 'xhr' }),
  )
})
