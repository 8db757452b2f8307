import { createMediaMock } from '@tweet-media/msw'
import { setupWorker } from 'msw/browser'
import { postHandler } from './post-handler'

// X's media API on the app's proxy path; the browser sends no X credentials to its proxy.
const mock = createMediaMock({ baseUrl: '/api/x', xHosts: false, auth: 'optional' })

/** msw's service worker answering for X (media) and for the app's backend (posts). */
export const worker = setupWorker(...mock.handlers, postHandler(mock.store))
