import { describe, expect, it } from 'vitest'
import { scenarios } from '../scenarios/presets'
import { X_PROCESSING_ERRORS } from '../scenarios/scenario-options'
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

  it('reads the failure payload, token refusal, endpoint windows, JSON strictness and processing error', () => {
    const args = parseCliArgs([
      '--failure-body', 'cdn-html', '--auth-failure=app-only', '--endpoint-rate-limits', 'append=10,status=5/60',
      '--no-strict-json-bodies', '--processing-error', 'tooLong', '--processing-error-state', 'in_progress',
    ])
    expect(args.scenarioOptions).toEqual({
      failureBody: 'cdn-html',
      authFailure: 'app-only',
      endpointRateLimits: { windowSecs: 60, limits: { append: 10, status: 5 } },
      strictJsonBodies: false,
      processing: { fail: X_PROCESSING_ERRORS.tooLong, errorState: 'in_progress' },
    })
    expect(parseCliArgs(['--endpoint-rate-limits', 'x']).scenarioOptions).toEqual({ endpointRateLimits: {} })
  })

  it('reads the store limits', () => {
    const args = parseCliArgs(['--max-media', '50', '--max-bytes=1048576', '--max-logged-requests', '0'])
    expect(args.store).toEqual({ maxMedia: 50, maxBytes: 1_048_576, maxLoggedRequests: 0 })
    expect(args.scenarioOptions).toBeUndefined()
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
    [['--failure-body', 'html']],
    [['--auth-failure']],
    [['--endpoint-rate-limits', 'upload=ten']],
    [['--endpoint-rate-limits', 'uploads=1']],
    [['--endpoint-rate-limits', 'x/0']],
    [['--processing-error', 'tooShort']],
    [['--processing-error-state', 'pending']],
    [['--max-media', '-1']],
    [['--max-bytes']],
  ])('refuses %j with a usage error', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(CliUsageError)
  })
})
