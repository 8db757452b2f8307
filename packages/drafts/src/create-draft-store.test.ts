import type { DraftItemState, KeyValueStorage } from '@tweet-media/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createDraftStore } from './create-draft-store'

const HOUR = 60 * 60 * 1000
let draftNumber = 0
/** A draft name of its own per test: IndexedDB outlives a test in the same browser. */
const uniqueName = (): string => `test-${Date.now()}-${++draftNumber}`

const fileOf = (name: string, text: string, type = 'image/png'): File => new File([text], name, { type, lastModified: 1_700_000_000_000 })
const itemOf = (key: string, file: File, extra: Partial<DraftItemState> = {}): DraftItemState => ({
  key,
  name: file.name,
  type: file.type,
  size: file.size,
  lastModified: file.lastModified,
  altText: '',
  ...extra,
})

function memoryStorage(): KeyValueStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>()
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('createDraftStore', () => {
  it('gives back the files, alt text, media and resume state, in order', async () => {
    const name = uniqueName()
    const store = createDraftStore(name)
    const photo = fileOf('cat.png', 'cat bytes')
    const clip = fileOf('clip.mp4', 'clip bytes', 'video/mp4')
    const media = { mediaId: '1880028106020515840', expiresAt: Date.now() + 24 * HOUR, altText: 'A cat' }
    const resumeState = {
      version: 1 as const,
      dialect: 'v2' as const,
      fingerprint: 'clip.mp4:10:0:ab',
      mediaId: '1880028106020515841',
      expiresAt: Date.now() + HOUR,
      totalBytes: 10,
      chunkSize: 5,
      mediaType: 'video/mp4',
      acknowledgedSegments: [0],
    }

    expect(await store.saveFile('b', clip)).toBe(true)
    expect(await store.saveFile('a', photo)).toBe(true)
    expect(await store.saveItems([itemOf('b', clip, { resumeState }), itemOf('a', photo, { altText: 'A cat', altTextDraft: 'A cat on a mat', media })])).toBe('indexeddb')
    const loaded = await createDraftStore(name).load()

    expect(loaded.filesToPickAgain).toEqual([])
    expect(loaded.items.map(({ file: _file, ...item }) => item)).toEqual([itemOf('b', clip, { resumeState }), itemOf('a', photo, { altText: 'A cat', altTextDraft: 'A cat on a mat', media })])
    expect(loaded.items[1]?.file).toMatchObject({ name: 'cat.png', type: 'image/png', lastModified: 1_700_000_000_000 })
    expect(await loaded.items[1]?.file.text()).toBe('cat bytes')
  })

  it('drops the file of an item no longer listed, and everything on clear', async () => {
    const name = uniqueName()
    const store = createDraftStore(name)
    const one = fileOf('one.png', '1')
    const two = fileOf('two.png', '2')
    await store.saveFile('one', one)
    await store.saveFile('two', two)
    await store.saveItems([itemOf('one', one), itemOf('two', two)])
    await store.saveItems([itemOf('two', two)])
    // Listing the dropped key again shows its file is gone.
    await store.saveItems([itemOf('one', one), itemOf('two', two)])

    const loaded = await createDraftStore(name).load()
    expect(loaded.items.map((item) => item.key)).toEqual(['two'])
    expect(loaded.filesToPickAgain.map((item) => item.key)).toEqual(['one'])

    await store.clear()
    expect(await createDraftStore(name).load()).toEqual({ items: [], filesToPickAgain: [] })
  })

  it('drops a draft older than its maximum age', async () => {
    const name = uniqueName()
    let now = Date.UTC(2026, 0, 1)
    const store = createDraftStore(name, { now: () => now, maxAgeMs: 2 * HOUR })
    const photo = fileOf('old.png', 'old')
    await store.saveFile('old', photo)
    await store.saveItems([itemOf('old', photo)])

    now += 2 * HOUR
    expect((await store.load()).items).toHaveLength(1)
    now += 1
    expect(await store.load()).toEqual({ items: [], filesToPickAgain: [] })
    expect(await createDraftStore(name, { now: () => now - 3 * HOUR }).load()).toEqual({ items: [], filesToPickAgain: [] })
  })

  it('keeps the metadata in localStorage when IndexedDB is refused, and names the files to pick again', async () => {
    vi.stubGlobal('indexedDB', undefined)
    const fallbackStorage = memoryStorage()
    const store = createDraftStore(uniqueName(), { fallbackStorage })
    const photo = fileOf('kept.png', 'bytes')

    expect(await store.saveFile('kept', photo)).toBe(false)
    expect(await store.saveItems([itemOf('kept', photo, { altText: 'Typed' })])).toBe('local-storage')
    expect(store.storage).toBe('local-storage')
    const loaded = await createDraftStore(store.name, { fallbackStorage }).load()

    expect(loaded.items).toEqual([])
    expect(loaded.filesToPickAgain).toEqual([itemOf('kept', photo, { altText: 'Typed' })])
  })

  it('goes on in memory when every storage refuses', async () => {
    vi.stubGlobal('indexedDB', undefined)
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: () => {},
    }
    const store = createDraftStore(uniqueName(), { fallbackStorage: refusing })
    const photo = fileOf('lost.png', 'bytes')

    expect(await store.saveItems([itemOf('lost', photo)])).toBe('memory')
    expect(await store.load()).toEqual({ items: [], filesToPickAgain: [] })
  })

  it('reads a damaged record as no draft, and leaves out fields that do not parse', async () => {
    const fallbackStorage = memoryStorage()
    vi.stubGlobal('indexedDB', undefined)
    const name = uniqueName()
    fallbackStorage.setItem(`tweet-media:draft:${name}`, '{not json')
    expect(await createDraftStore(name, { fallbackStorage }).load()).toEqual({ items: [], filesToPickAgain: [] })

    const photo = fileOf('a.png', 'a')
    const record = { version: 1, savedAt: Date.now(), items: [itemOf('a', photo, { media: { mediaId: 12 } as never }), { key: 'b' }] }
    fallbackStorage.setItem(`tweet-media:draft:${name}`, JSON.stringify(record))
    expect((await createDraftStore(name, { fallbackStorage }).load()).filesToPickAgain).toEqual([itemOf('a', photo)])
  })
})

describe.each([
  ['Web Locks', {}],
  ['the BroadcastChannel fallback', { locks: null }],
])('one tab at a time holds a draft (%s)', (_name, env) => {
  it('makes a second holder wait until the first releases', async () => {
    const name = uniqueName()
    const releaseFirst = await createDraftStore(name, env).acquire()
    const waited: string[] = []
    const second = createDraftStore(name, env).acquire(() => waited.push('waiting'))

    await vi.waitFor(() => expect(waited).toEqual(['waiting']), { timeout: 10_000 })
    let acquired = false
    void second.then(() => {
      acquired = true
    })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(acquired).toBe(false)
    releaseFirst()
    const releaseSecond = await second
    releaseSecond()
  })
})

describe('progress shared between the tabs of a draft', () => {
  it('reaches a tab that starts watching after the last change', async () => {
    const name = uniqueName()
    const holder = createDraftStore(name)
    const progress = [{ key: 'a', name: 'clip.mp4', status: 'uploading' as const, fraction: 0.4 }]
    holder.shareProgress(progress)

    const seen: unknown[] = []
    const stop = createDraftStore(name).watchProgress((items) => seen.push(items))

    await vi.waitFor(() => expect(seen).toEqual([progress]), { timeout: 10_000 })
    stop()
  })
})
