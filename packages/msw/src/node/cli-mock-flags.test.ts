import { describe, expect, it } from 'vitest'
import { scenarios } from '../scenarios/presets'
import { scenarioWithFlags } from './cli-mock-flags'
import { CliUsageError, parseCliArgs } from './index'

describe('tweet-media-mock flags for every server option', () => {
  it('reads each scenario option', () => {
    const args = parseCliArgs([
      '--latency', '100-400', '--append-failure-rate', '0.2', '--fail-appends', '3,5', '--append-failure-status=500',
      '--drop-rate', '0.1', '--drop-requests', '7', '--offline', '--rate-limit', '10/60',
      '--processing-rounds', '3', '--check-after-secs', '2', '--fail-processing', '--expires-after-secs', '30',
    ])
    expect(args.scenarioOptions).toEqual({
      latencyMs: { min: 100, max: 400 },
      appendFailureRate: 0.2,
      failAppendNumbers: [3, 5],
      appendFailureStatus: 500,
      dropConnectionRate: 0.1,
      dropRequestNumbers: [7],
      offline: true,
      rateLimit: { afterRequests: 10, resetAfterSecs: 60 },
      processing: { rounds: 3, checkAfterSecs: 2, fail: true },
      expiresAfterSecs: 30,
    })
    expect(parseCliArgs(['--latency=250']).scenarioOptions).toEqual({ latencyMs: 250 })
  })

  it('puts the flags over the preset, processing merged', () => {
    const args = parseCliArgs(['--scenario', 'slowProcessing', '--fail-processing'])
    expect(scenarioWithFlags(scenarios[args.scenario], args)).toEqual({ processing: { rounds: 5, checkAfterSecs: 2, fail: true } })
  })

  it('reads OAuth 1.0a secrets (both or neither) and --no-inspector', () => {
    const args = parseCliArgs(['--oauth1-consumer-secret', 'cs', '--oauth1-token-secret=ts', '--no-inspector'])
    expect(args).toMatchObject({ oauth1: { consumerSecret: 'cs', tokenSecret: 'ts' }, inspector: false })
    expect(() => parseCliArgs(['--oauth1-consumer-secret', 'cs'])).toThrow(/go together/)
  })

  it.each([
    [['--latency', '5-1']],
    [['--latency', 'fast']],
    [['--append-failure-rate', '1.5']],
    [['--drop-rate']],
    [['--fail-appends', '1,,2']],
    [['--append-failure-status', '404']],
    [['--rate-limit', 'ten']],
    [['--expires-after-secs', '0']],
    [['--oauth1-token-secret']],
  ])('refuses %j with a usage error', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(CliUsageError)
  })
})
