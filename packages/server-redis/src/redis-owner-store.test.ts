import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMemoryOwnerStore, type MediaOwnerStore } from '@tweet-media/core/server'
import { createMockServer, type MockServer } from '@tweet-media/msw/node'
import { startLoopbackProxy, type LoopbackProxy } from '../../core/test/proxy-on-loopback'
import { startRedis, type LocalRedis } from '../test/redis-on-loopback'
import { createRedisOwnerStore } from './redis-owner-store'

let redis: LocalRedis
const clients: Array<{ quit(): Promise<unknown> }> = []
async function connectedClient() {
  const client = createClient({ url: redis.url })
  await client.connect()
  clients.push(client)
  return client
}

beforeAll(async () => {
  redis = await startRedis()
})
afterAll(async () => {
  await Promise.all(clients.map((client) => client.quit()))
  await redis.stop()
})

describe('createRedisOwnerStore', () => {
  it('keeps each binding under one key that Redis expires with the media', async () => {
    const client = await connectedClient()
    const store = createRedisOwnerStore({ client, keyPrefix: 'test:' })

    await store.set('1880028106020515840', 'user-a', 86_399.5)

    expect(await store.get('1880028106020515840')).toBe('user-a')
    expect(await store.get('42')).toBeUndefined()
    const ttl = await client.ttl('test:1880028106020515840')
    expect(ttl).toBeGreaterThan(86_000)
    expect(ttl).toBeLessThanOrEqual(86_400)
    // What Redis has expired is gone for the proxy too.
    await client.expire('test:1880028106020515840', 0)
    expect(await store.get('1880028106020515840')).toBeUndefined()
  })
})

describe('two proxy instances, one Redis', () => {
  let x: MockServer
  const running: LoopbackProxy[] = []
  beforeAll(async () => {
    x = await createMockServer({ port: 0, seed: 31 })
  })
  afterAll(async () => {
    await Promise.all(running.map((proxy) => proxy.close()))
    await x.close()
  })
  async function twoInstances(owners: () => Promise<MediaOwnerStore>): Promise<[LoopbackProxy, LoopbackProxy]> {
    const pair = [await startLoopbackProxy({ owners: await owners() }, x), await startLoopbackProxy({ owners: await owners() }, x)] as const
    running.push(...pair)
    return [pair[0], pair[1]]
  }
  const call = (proxy: LoopbackProxy, user: string, path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${proxy.origin}/api/x${path}`, { ...init, headers: { 'x-user': user, ...init.headers } })
  const init = (proxy: LoopbackProxy, user: string): Promise<Response> =>
    call(proxy, user, '/2/media/upload/initialize', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ media_type: 'video/mp4', total_bytes: 1_000, media_category: 'tweet_video' }),
    })
  const status = (proxy: LoopbackProxy, user: string, id: string): Promise<Response> => call(proxy, user, `/2/media/upload?command=STATUS&media_id=${id}`)

  it('agree on who owns a media id, whichever instance a request lands on', async () => {
    const [one, two] = await twoInstances(async () => createRedisOwnerStore({ client: await connectedClient() }))
    const { data } = (await (await init(one, 'user-a')).json()) as { data: { id: string } }

    const [aOnTwo, bOnTwo, bOnOne] = await Promise.all([status(two, 'user-a', data.id), status(two, 'user-b', data.id), status(one, 'user-b', data.id)])

    expect([aOnTwo.status, bOnTwo.status, bOnOne.status]).toEqual([200, 403, 403])
    expect(bOnTwo.headers.get('x-tweet-media-proxy')).toBe('not-media-owner')
  })

  it('(without a shared store, the second instance knows nothing and refuses the owner too)', async () => {
    const [one, two] = await twoInstances(async () => createMemoryOwnerStore())
    const { data } = (await (await init(one, 'user-a')).json()) as { data: { id: string } }

    expect([(await status(one, 'user-a', data.id)).status, (await status(two, 'user-a', data.id)).status]).toEqual([200, 403])
  })

  it('answers 503, and forwards nothing, when Redis cannot be reached', async () => {
    const client = await connectedClient()
    const [one] = await twoInstances(async () => createRedisOwnerStore({ client }))
    const { data } = (await (await init(one, 'user-a')).json()) as { data: { id: string } }
    const before = x.store.requests.length
    await client.quit()
    clients.splice(clients.indexOf(client), 1)

    const answer = await status(one, 'user-a', data.id)

    expect(answer.status).toBe(503)
    expect(x.store.requests).toHaveLength(before)
  })
})
