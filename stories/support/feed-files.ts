// Testing Library's `fireEvent` copies a DataTransfer's own properties only, which a real
// DataTransfer has none of; so real DragEvents are dispatched here, files and all.

/** A `DataTransfer` holding `files`, as the browser builds one for a drag from the desktop. */
export function dataTransferOf(files: readonly File[]): DataTransfer {
  const transfer = new DataTransfer()
  for (const file of files) transfer.items.add(file)
  return transfer
}

function drag(target: Element, type: 'dragenter' | 'dragover' | 'drop', dataTransfer: DataTransfer): void {
  target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }))
}

/** Drags `files` over `target` without dropping them. */
export function dragOver(target: Element, files: readonly File[]): void {
  const dataTransfer = dataTransferOf(files)
  drag(target, 'dragenter', dataTransfer)
  drag(target, 'dragover', dataTransfer)
}

/** Drags `files` over `target` and drops them, as a user dropping files from the desktop. */
export function dropFiles(target: Element, files: readonly File[]): void {
  const dataTransfer = dataTransferOf(files)
  drag(target, 'dragenter', dataTransfer)
  drag(target, 'dragover', dataTransfer)
  drag(target, 'drop', dataTransfer)
}
