import type { Random } from '../support/random'

/**
 * A 19-digit media id like X's (above 2^53, so a client that reads `media_id` as a JS
 * number gets a wrong id, exactly as against X).
 */
export function nextMediaId(random: Random, taken: (id: string) => boolean): string {
  for (;;) {
    let id = '1'
    for (let i = 0; i < 18; i++) id += Math.floor(random() * 10).toString()
    if (!taken(id)) return id
  }
}
