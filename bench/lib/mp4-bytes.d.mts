export const MB: number
export const SEED_STATE: number
export function mp4Header(totalBytes: number): Uint8Array
export function fillPseudoRandom(bytes: Uint8Array, state: number): number
export function mp4Blocks(totalBytes: number): Generator<Uint8Array, void, undefined>
