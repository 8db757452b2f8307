import type { MediaOwnerStore } from '@tweet-media/core/server'

/**
 * The two commands the store sends, as a node-redis client (`createClient()` from `redis`,
 * v5 or v6) offers them; a cluster client or a test double with the same methods works too.
 */
export interface RedisOwnerClient {
  get(key: string): Promise<unknown>
  set(key: string, value: string, options: { expiration: { type: 'EX'; value: number } }): Promise<unknown>
}

/** Options of {@link createRedisOwnerStore}. */
export interface RedisOwnerStoreOptions {
  /** A connected node-redis client. The store never connects or closes it: the app owns it. */
  client: RedisOwnerClient
  /** Prepended to every key, so several apps can share one Redis. Default `'tweet-media:owner:'`. */
  keyPrefix?: string
}

/**
 * A `MediaOwnerStore` in Redis, for several instances of `createMediaProxy` behind one load
 * balancer: a media id is bound to its uploader on whichever instance the INIT went
 * through, and every instance refuses other callers. Each binding is one key that Redis
 * expires with the media (`SET … EX`), so nothing needs cleaning up.
 *
 * @example
 * ```ts
 * import { createClient } from 'redis'
 * import { createMediaProxy } from '@tweet-media/core/server'
 * import { createRedisOwnerStore } from '@tweet-media/server-redis'
 *
 * const redis = await createClient({ url: process.env.REDIS_URL }).connect()
 * const proxy = createMediaProxy({ ...options, owners: createRedisOwnerStore({ client: redis }) })
 * ```
 */
export function createRedisOwnerStore(options: RedisOwnerStoreOptions): MediaOwnerStore {
  const { client, keyPrefix = 'tweet-media:owner:' } = options
  return {
    async get(mediaId) {
      const owner = await client.get(`${keyPrefix}${mediaId}`)
      return typeof owner === 'string' ? owner : undefined
    },
    async set(mediaId, owner, ttlSeconds) {
      // Redis wants a whole number of seconds, at least one.
      const seconds = Math.max(1, Math.ceil(ttlSeconds))
      await client.set(`${keyPrefix}${mediaId}`, owner, { expiration: { type: 'EX', value: seconds } })
    },
  }
}
