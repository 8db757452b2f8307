// Drag-and-drop and paste as the browser delivers them, with real File objects. Testing
// Library's `fireEvent` copies a DataTransfer's own properties only, which a real
// DataTransfer has none of; so real events are dispatched here, files and all. The
// stories' play functions use these too.

function transferOf(files: readonly File[]): DataTransfer {
  const transfer = new DataTransfer()
  for (const file of files) transfer.items.add(file)
  return transfer
}

function dispatchDrag(target: Element, types: readonly string[], files: readonly File[]): void {
  const dataTransfer = transferOf(files)
  for (const type of types) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }))
}

/** Drags `files` over `target` without dropping them. */
export function dragOver(target: Element, files: readonly File[]): void {
  dispatchDrag(target, ['dragenter', 'dragover'], files)
}

/** Drops `files` on `target`, as a drag from the desktop ends. */
export function dropFiles(target: Element, files: readonly File[]): void {
  dispatchDrag(target, ['dragenter', 'dragover', 'drop'], files)
}

/** Pastes `files` into `target`, as Ctrl+V with an image on the clipboard does. */
export function pasteFiles(target: Element, files: readonly File[]): void {
  target.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transferOf(files) }))
}
