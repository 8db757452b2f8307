import { describe, expect, vi } from 'vitest'
import { render } from 'vitest-browser-react'
import { pasteFiles } from '../../test/dom-events'
import { photo } from '../../test/media-files'
import { test } from '../../test/mocked-x'
import { useMediaUploads } from './use-media-uploads'
import { usePasteToUpload } from './use-paste-to-upload'

function paste(target: Element, data: DataTransfer): ClipboardEvent {
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data })
  target.dispatchEvent(event)
  return event
}

describe('usePasteToUpload', () => {
  test('attaches images pasted into the app’s text box; leaves text pastes alone', async ({ x }) => {
    const uploader = x.uploader({ retry: false })
    const onFilesAdded = vi.fn()
    function Composer() {
      const media = useMediaUploads({ uploader, onFilesAdded })
      return (
        <>
          <textarea aria-label="Post text" onPaste={usePasteToUpload(media)} />
          <output aria-label="Attached">{media.items.map((item) => `${item.file.name}:${item.status}`).join(',')}</output>
        </>
      )
    }
    const screen = await render(<Composer />)
    const text = screen.getByLabelText('Post text').element()

    const words = new DataTransfer()
    words.setData('text/plain', 'just words')
    expect(paste(text, words).defaultPrevented).toBe(false)
    expect(onFilesAdded).not.toHaveBeenCalled()

    pasteFiles(text, [photo('screenshot.png')])
    await expect.element(screen.getByLabelText('Attached'), { timeout: 10_000 }).toHaveTextContent('screenshot.png:success')
    expect(onFilesAdded).toHaveBeenCalledOnce()
  })
})
