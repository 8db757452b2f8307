export function mp4Blocks(totalBytes: number): Generator<Uint8Array, void, undefined>
