import type { UploadStep } from '../store/types'
import type { RequestParams } from './request-params'
import type { RouteMatch } from './routes'

const COMMAND_STEPS: Record<string, UploadStep> = { INIT: 'INIT', APPEND: 'APPEND', FINALIZE: 'FINALIZE', STATUS: 'STATUS' }

/**
 * The step a request is for, read before it is answered (rate-limit windows are per
 * endpoint); `undefined` for a command X does not know, which the endpoint then refuses.
 */
export function stepOfRequest(route: RouteMatch, params: RequestParams, method: string): UploadStep | undefined {
  switch (route.name) {
    case 'v2-initialize':
      return 'INIT'
    case 'v2-append':
      return 'APPEND'
    case 'v2-finalize':
      return 'FINALIZE'
    case 'v1-metadata':
    case 'v2-metadata':
      return 'METADATA'
    case 'v1-subtitles-create':
    case 'v1-subtitles-delete':
    case 'v2-subtitles':
      return 'SUBTITLES'
    default: {
      const command = params.get('command')
      if (command === undefined) return method === 'GET' ? (route.api === 'v2' ? 'STATUS' : undefined) : 'UPLOAD'
      return Object.hasOwn(COMMAND_STEPS, command) ? COMMAND_STEPS[command] : undefined
    }
  }
}
