import { createDraftStore } from '@tweet-media/drafts'
import { expect } from 'vitest'
import { renderHook } from 'vitest-browser-react'
import { photo } from '../../test/media-files'
import { test, withQueryClient, type MockedX } from '../../test/mocked-x'
import { useMediaUploads } from './use-media-uploads'

let draftNumber = 0
/** A draft name of its own per test: IndexedDB outlives a test in the same browser. */
const uniqueName = (): string => `alt-text-draft-${Date.now()}-${++draftNumber}`

/** A composer on a draft, as a page opens it (again). */
async function openComposer(x: MockedX, draftName: string) {
  const uploader = x.uploader({ retry: false })
  const draft = createDraftStore(draftName)
  return renderHook(() => useMediaUploads({ uploader, draft }), { wrapper: withQueryClient() })
}

test('alt text typed and not saved comes back into the field after a reload, still unsaved', async ({ x }) => {
  const name = uniqueName()
  const first = await openComposer(x, name)
  await expect.poll(() => first.result.current.draft?.status).toBe('ready')
  await first.act(async () => void first.result.current.addFiles([photo('cat.png'), photo('dog.png')]))
  await expect.poll(() => first.result.current.items.map((item) => item.status)).toEqual(['success', 'success'])

  await first.act(async () => first.result.current.items[0]?.editAltText('A cat asleep on a keyb'))
  // Saved once the draft store has it: what a reload reads.
  await expect.poll(async () => (await createDraftStore(name).load()).items.map((item) => item.altTextDraft)).toEqual(['A cat asleep on a keyb', undefined])
  first.unmount()

  const second = await openComposer(x, name)
  await expect.poll(() => second.result.current.items.map((item) => [item.file.name, item.status])).toEqual([
    ['cat.png', 'success'],
    ['dog.png', 'success'],
  ])
  const [cat, dog] = second.result.current.items
  expect(cat).toMatchObject({ altTextDraft: 'A cat asleep on a keyb', altText: '', altTextStatus: 'none' })
  expect(dog).toMatchObject({ altTextDraft: '', altText: '' })
  // Not sent to X by the reload: the user still decides to save it.
  expect(x.mock.store.list().map((media) => media.altText)).toEqual([undefined, undefined])

  // Saved after the reload: the draft then holds it as stored text, with nothing left unsaved.
  await second.act(async () => void (await second.result.current.prepareForPost()))
  await expect.poll(() => second.result.current.items[0]?.altTextStatus).toBe('saved')
  await expect.poll(async () => (await createDraftStore(name).load()).items.map(({ altText, altTextDraft }) => [altText, altTextDraft])).toEqual([
    ['A cat asleep on a keyb', undefined],
    ['', undefined],
  ])
  second.unmount()
})
