// Drag-and-drop and paste as the browser delivers them, with real File objects.

function transferOf(files: readonly File[]): DataTransfer {
  const transfer = new DataTransfer()
  for (const file of files) transfer.items.add(file)
  return transfer
}

/** Drops `files` on `target`, as a drag from the desktop ends. */
export function dropFiles(target: Element, files: readonly File[]): void {
  const dataTransfer = transferOf(files)
  for (const type of ['dragenter', 'dragover', 'drop']) {
    target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }))
  }
}

/** Pastes `files` into `target`, as Ctrl+V with an image on the clipboard does. */
export function pasteFiles(target: Element, files: readonly File[]): void {
  target.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transferOf(files) }))
}
