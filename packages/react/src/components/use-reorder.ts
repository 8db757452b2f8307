import { useLayoutEffect, useRef, type DragEvent } from 'react'
import type { UseMediaUploadsResult } from '../hooks/use-media-uploads'

/** The drag data type of an item being reordered: never files, so the dropzone ignores it. */
const ITEM_TYPE = 'application/x-tweet-media-item'

/** What one item of the list needs to be reordered by keyboard and by drag. */
export interface ReorderHandles {
  onMoveEarlier?: () => void
  onMoveLater?: () => void
  /** Spread on the item's element: where another item can be dropped. */
  dropTargetProps: {
    'data-item-id': string
    onDragOver(event: DragEvent<HTMLElement>): void
    onDrop(event: DragEvent<HTMLElement>): void
  }
  /**
   * Spread on the part the item is dragged by (its preview): not the whole item, so text
   * in its alt text field can still be selected with the mouse.
   */
  dragHandleProps: {
    draggable: true
    onDragStart(event: DragEvent<HTMLElement>): void
  }
}

/**
 * Reordering for `<MediaUploader>`: move buttons (the focus stays on the moved item's
 * button, or its sibling at an edge) and drag and drop of items onto each other. `onMoved`
 * hears every move, for the live region.
 */
export function useReorder(
  uploads: UseMediaUploadsResult,
  onMoved: (id: string, index: number) => void,
): (id: string, index: number) => ReorderHandles {
  const refocus = useRef<{ id: string; direction: 'earlier' | 'later' }>(undefined)
  const dragged = useRef<string>(undefined)
  const count = uploads.items.length

  useLayoutEffect(() => {
    const target = refocus.current
    if (target === undefined) return
    refocus.current = undefined
    const item = document.querySelector(`[data-item-id="${CSS.escape(target.id)}"]`)
    const button =
      item?.querySelector<HTMLElement>(`[data-move="${target.direction}"]`) ?? item?.querySelector<HTMLElement>('[data-move]')
    button?.focus()
  })

  const move = (id: string, index: number, direction?: 'earlier' | 'later'): void => {
    if (direction !== undefined) refocus.current = { id, direction }
    uploads.move(id, index)
    onMoved(id, index)
  }

  return (id, index) => ({
    onMoveEarlier: index > 0 ? () => move(id, index - 1, 'earlier') : undefined,
    onMoveLater: index < count - 1 ? () => move(id, index + 1, 'later') : undefined,
    dragHandleProps: {
      draggable: true,
      onDragStart(event) {
        dragged.current = id
        event.dataTransfer.setData(ITEM_TYPE, id)
        event.dataTransfer.effectAllowed = 'move'
      },
    },
    dropTargetProps: {
      'data-item-id': id,
      onDragOver(event) {
        if (!event.dataTransfer.types.includes(ITEM_TYPE)) return
        event.preventDefault()
        event.dataTransfer.dropEffect = 'move'
      },
      onDrop(event) {
        const source = event.dataTransfer.getData(ITEM_TYPE) || dragged.current
        dragged.current = undefined
        if (!event.dataTransfer.types.includes(ITEM_TYPE) || source === undefined) return
        // Ours: not a file drop for the dropzone around the list.
        event.preventDefault()
        event.stopPropagation()
        if (source !== id) move(source, index)
      },
    },
  })
}
