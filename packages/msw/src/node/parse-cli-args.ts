import type { AuthPolicy } from '../handlers/routes'
import { isScenarioName, type ScenarioName } from '../scenarios/presets'
import { MockFlagError, oauth1Of, readMockFlag, type MockFlags } from './cli-mock-flags'

/** The command line of `tweet-media-mock` (scenario, store, OAuth 1.0a and inspector flags included). */
export interface CliArgs extends MockFlags {
  port: number
  host: string
  scenario: ScenarioName
  seed: number
  /** `optional` when the server stands in for an app's proxy (requests carry no credentials). */
  auth: AuthPolicy
  help: boolean
}

/** Thrown for a command line the CLI cannot run. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError'
}

const DEFAULTS: CliArgs = { port: 4010, host: '127.0.0.1', scenario: 'happy', seed: 1, auth: 'required', help: false }

function integer(flag: string, value: string | undefined, max: number): number {
  const number = Number(value)
  if (value === undefined || !/^\d+$/.test(value) || number > max) {
    throw new CliUsageError(`${flag} needs a whole number from 0 to ${max}, got ${value ?? 'nothing'}`)
  }
  return number
}

/** Reads `--port`, `--host`, `--scenario`, `--seed`, `--auth`, `--help` and the flags of every other server option (also as `--flag=value`). */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  try {
    const args = readArgs(argv)
    oauth1Of(args)
    return args
  } catch (error) {
    throw error instanceof MockFlagError ? new CliUsageError(error.message) : error
  }
}

function readArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { ...DEFAULTS }
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2)
    const value = (): string | undefined => (inline !== undefined ? inline : argv[++i])
    switch (flag) {
      case '--port':
      case '-p':
        args.port = integer('--port', value(), 65535)
        break
      case '--host':
        args.host = value() ?? ''
        if (!args.host) throw new CliUsageError('--host needs an interface, e.g. 127.0.0.1')
        break
      case '--scenario': {
        const name = value() ?? ''
        if (!isScenarioName(name)) throw new CliUsageError(`unknown scenario "${name}"`)
        args.scenario = name
        break
      }
      case '--seed':
        args.seed = integer('--seed', value(), 2 ** 32 - 1)
        break
      case '--auth': {
        const policy = value()
        if (policy !== 'required' && policy !== 'optional') {
          throw new CliUsageError(`--auth needs "required" or "optional", got ${policy ?? 'nothing'}`)
        }
        args.auth = policy
        break
      }
      case '--help':
      case '-h':
        args.help = true
        break
      default:
        if (!readMockFlag(flag, value, args)) throw new CliUsageError(`unknown option "${flag}"`)
    }
  }
  return args
}
