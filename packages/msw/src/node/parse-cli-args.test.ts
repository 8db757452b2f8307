import { describe, expect, it } from 'vitest'
import { CliUsageError, parseCliArgs } from './index'

describe('tweet-media-mock command line', () => {
  it('defaults to 127.0.0.1:4010 and the happy scenario', () => {
    expect(parseCliArgs([])).toEqual({ port: 4010, host: '127.0.0.1', scenario: 'happy', seed: 1, auth: 'required', help: false })
  })

  it('reads flags with separate or inline values', () => {
    expect(parseCliArgs(['--port', '0', '--host=0.0.0.0', '--scenario', 'flakyAppends', '--seed=9', '--auth', 'optional'])).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      scenario: 'flakyAppends',
      seed: 9,
      auth: 'optional',
    })
  })

  it.each([[['--port', '70000']], [['--port']], [['--scenario', 'nope']], [['--auth', 'none']], [['--verbose']]])('refuses %j', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(CliUsageError)
  })
})
