import { describe, expect, it } from 'vitest'
import { mapStorage } from '../../test/test-support'
import type { ResumeState } from '../task/types'
import { localStorageResumeStore, memoryResumeStore } from './resume-store'

const state: ResumeState = {
  version: 1,
  dialect: 'v2',
  fingerprint: 'clip.mp4:10:0:abc',
  mediaId: '1880028106020515840',
  expiresAt: 1_900_000_000_000,
  totalBytes: 10,
  chunkSize: 5,
  mediaType: 'video/mp4',
  acknowledgedSegments: [0],
}

describe('resume stores', () => {
  it('keeps a copy in memory, so later changes to the state do not leak in', () => {
    const store = memoryResumeStore()
    const mutable = structuredClone(state)
    store.set('k', mutable)
    mutable.acknowledgedSegments.push(1)
    expect(store.get('k')).toEqual(state)
    store.remove('k')
    expect(store.get('k')).toBeUndefined()
  })

  it('round-trips through localStorage as JSON and ignores entries that are not resume states', () => {
    const storage = mapStorage()
    const store = localStorageResumeStore(storage)
    store.set('k', state)
    expect(store.get('k')).toEqual(state)
    storage.setItem('tweet-media:resume:broken', '{"version":1,"mediaId":42}')
    storage.setItem('tweet-media:resume:garbage', '{not json')
    expect(store.get('broken')).toBeUndefined()
    expect(store.get('garbage')).toBeUndefined()
  })

  it('keeps uploading when the storage refuses to write', () => {
    const store = localStorageResumeStore({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: () => {},
    })
    expect(() => store.set('k', state)).not.toThrow()
  })
})
