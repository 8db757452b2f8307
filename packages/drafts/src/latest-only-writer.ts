/**
 * Serialises writes and keeps only the newest value waiting: a burst of saves (one per
 * acknowledged segment) costs one write in flight and one after it. Each call resolves with
 * the result of the write that covered its value.
 */
export function latestOnlyWriter<T, R>(write: (value: T) => Promise<R>): (value: T) => Promise<R> {
  let waiting: { value: T; resolvers: Array<(result: R) => void> } | undefined
  let running = false

  const drain = async (): Promise<void> => {
    running = true
    while (waiting !== undefined) {
      const job = waiting
      waiting = undefined
      const result = await write(job.value)
      for (const resolve of job.resolvers) resolve(result)
    }
    running = false
  }

  return (value) =>
    new Promise<R>((resolve) => {
      if (waiting === undefined) waiting = { value, resolvers: [resolve] }
      else {
        waiting.value = value
        waiting.resolvers.push(resolve)
      }
      if (!running) void drain()
    })
}
