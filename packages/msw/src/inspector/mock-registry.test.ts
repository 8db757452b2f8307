// What the Storybook panel reads: a story's mock found from its `parameters.msw`, and its state.
import { uploadMedia } from '@tweet-media/core'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createMediaMock } from '../create-media-mock'
import { findMediaMock, inspectMediaMock } from './mock-registry'
import { photoFile } from '../../test/inspector-media/files'

const mock = createMediaMock({ seed: 2, baseUrl: 'http://app.test/api/x', xHosts: false, auth: 'optional' })
const other = createMediaMock({ seed: 3 })
const server = setupServer(...other.handlers, ...mock.handlers)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

it('finds the mock of a story from its handlers, in the shapes msw-storybook-addon takes', () => {
  expect(findMediaMock(mock.handlers)).toBe(mock)
  expect(findMediaMock({ handlers: mock.handlers })).toBe(mock)
  expect(findMediaMock({ media: other.handlers })).toBe(other)
  expect(findMediaMock([])).toBeUndefined()
  expect(findMediaMock(undefined)).toBeUndefined()
  expect(findMediaMock({ handlers: [{}] })).toBeUndefined()
})

it('describes what the mock received through msw, as the panel shows it', async () => {
  const { mediaId } = await uploadMedia(photoFile(), { baseUrl: 'http://app.test/api/x', altText: 'Story photo', retry: false })
  const state = inspectMediaMock(findMediaMock(mock.handlers)!)
  expect(state.media).toMatchObject([{ id: mediaId, kind: 'image', state: 'finalized', altText: 'Story photo', hasBytes: true }])
  expect(state.requests.map((entry) => [entry.method, entry.path, entry.status, entry.mediaId])).toEqual([
    ['POST', '/api/x/2/media/upload', 200, mediaId],
    ['POST', '/api/x/2/media/metadata', 200, mediaId],
  ])
  expect(inspectMediaMock(other).media).toEqual([])
})
