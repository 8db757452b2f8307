export { createRedisOwnerStore, type RedisOwnerClient, type RedisOwnerStoreOptions } from './redis-owner-store'
