import type { UploadSnapshot, UploadTask } from '@tweet-media/core'
import { expect, test } from 'vitest'
import { render } from 'vitest-browser-react'
import { useUploadSnapshot } from './use-upload-snapshot'

/** A task-shaped store the test moves by hand, to count renders against notifications. */
function controllableTask(): { task: UploadTask; emit(change: Partial<UploadSnapshot>): void; listeners(): number } {
  let snapshot = {
    id: 'task-1',
    file: { name: 'clip.mp4', size: 1000, type: 'video/mp4' },
    status: 'uploading',
    phase: 'uploading',
    progress: { bytesSent: 0, bytesTotal: 1000, fraction: 0 },
    media: undefined,
    error: undefined,
    altText: '',
    altTextStatus: 'none',
    altTextError: undefined,
    resumeState: undefined,
    subtitles: [],
    attempt: 1,
    preparation: undefined,
  } as UploadSnapshot
  const listeners = new Set<() => void>()
  const unsupported = (): never => {
    throw new Error('not used by this test')
  }
  const task: UploadTask = {
    id: 'task-1',
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start: unsupported,
    retry: unsupported,
    setAltText: unsupported,
    attachSubtitles: unsupported,
    removeSubtitles: unsupported,
    cancel: () => {},
    checkExpiry: () => snapshot.status,
    timeLeftMs: () => 0,
    dispose: () => {},
  }
  return {
    task,
    emit(change) {
      snapshot = { ...snapshot, ...change }
      for (const listener of listeners) listener()
    },
    listeners: () => listeners.size,
  }
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()))

function Progress({ task, onRender }: { task: UploadTask; onRender: () => void }) {
  const snapshot = useUploadSnapshot(task)
  onRender()
  return <p>{`${snapshot?.status} ${snapshot?.progress.bytesSent}`}</p>
}

test('many progress changes within one frame render at most twice, with the latest value', async () => {
  const { task, emit } = controllableTask()
  let renders = 0
  const screen = await render(<Progress task={task} onRender={() => renders++} />)
  await expect.element(screen.getByText('uploading 0')).toBeVisible()
  const before = renders

  // A microtask between changes lets React render each one if nothing holds them back,
  // while all of them still happen before the next animation frame.
  for (let sent = 10; sent <= 500; sent += 10) {
    emit({ progress: { bytesSent: sent, bytesTotal: 1000, fraction: sent / 1000 } })
    await Promise.resolve()
  }
  await nextFrame()
  await nextFrame()

  await expect.element(screen.getByText('uploading 500')).toBeVisible()
  expect(renders - before).toBeGreaterThanOrEqual(1)
  expect(renders - before).toBeLessThanOrEqual(2)
})

test('unmounting drops the subscription and a pending frame', async () => {
  const { task, emit, listeners } = controllableTask()
  let renders = 0
  const screen = await render(<Progress task={task} onRender={() => renders++} />)
  expect(listeners()).toBe(1)
  emit({ progress: { bytesSent: 1, bytesTotal: 1000, fraction: 0.001 } })
  await screen.unmount()
  const atUnmount = renders
  await nextFrame()
  await nextFrame()
  expect(listeners()).toBe(0)
  expect(renders).toBe(atUnmount)
})
