import { defaultMediaUploaderStrings as strings } from '@tweet-media/react'
import { waitFor, within } from 'storybook/test'

/** Testing Library queries bound to one element. */
export type BoundQueries = ReturnType<typeof within>

/** The parts of a rendered `<MediaUploader>` a user sees and a play function drives. */
export interface UploaderParts {
  region: HTMLElement
  /** The hidden file input behind "Add photos or video" (what the file picker fills). */
  input: HTMLInputElement
  /** Queries within the list entry of one file, once it is added. */
  findItem(fileName: string): Promise<BoundQueries>
  /** The refusal shown for a file that was not added, by its stable code. */
  findRejection(code: string): Promise<Element>
}

/** Finds the uploader in a story's canvas. */
export function uploaderParts(canvasElement: HTMLElement): UploaderParts {
  const region = within(canvasElement).getByRole('region', { name: strings.regionLabel })
  const input = region.querySelector<HTMLInputElement>('input[type="file"]')
  if (!input) throw new Error('the uploader has no file input')
  return {
    region,
    input,
    findItem: async (fileName) => {
      const list = await within(region).findByRole('list', { name: strings.listLabel })
      const name = await within(list).findByText(fileName, { selector: '.tm-item__name' })
      const item = name.closest('li')
      if (!item) throw new Error(`${fileName} is not in the list`)
      return within(item)
    },
    findRejection: (code) =>
      waitFor(() => {
        const rejection = region.querySelector(`.tm-uploader__rejections li[data-code="${code}"]`)
        if (!rejection) throw new Error(`no rejection with code ${code}`)
        return rejection
      }),
  }
}

export { strings }
