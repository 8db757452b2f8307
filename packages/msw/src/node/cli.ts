#!/usr/bin/env node
import { INSPECTOR_PATH } from '../inspector/inspector-server'
import { scenarios } from '../scenarios/presets'
import { MOCK_FLAGS_USAGE, oauth1Of, scenarioWithFlags } from './cli-mock-flags'
import { createMockServer } from './create-mock-server'
import { CliUsageError, parseCliArgs } from './parse-cli-args'

const USAGE = `Usage: tweet-media-mock [--port 4010] [--host 127.0.0.1] [--scenario <name>] [--seed 1] [--auth required|optional] [flags]

A faithful mock of the X media upload API (v1.1 and v2) on localhost.
Scenarios: ${Object.keys(scenarios).join(', ')}
--auth optional: serve requests without an Authorization header (the server stands in for
your app's proxy, which adds credentials on its way to X).
The inspector page is at ${INSPECTOR_PATH} (media, live state, scenario controls, request log).

${MOCK_FLAGS_USAGE}`

async function main(): Promise<void> {
  const args = parseCliArgs(process.argv.slice(2))
  if (args.help) {
    console.log(USAGE)
    return
  }
  const server = await createMockServer({
    port: args.port,
    host: args.host,
    seed: args.seed,
    auth: args.auth,
    oauth1: oauth1Of(args),
    inspector: args.inspector,
    ...(args.store ? { store: args.store } : {}),
    ...scenarioWithFlags(scenarios[args.scenario], args),
  })
  console.log(`tweet-media mock X API listening on ${server.url}`)
  console.log(`  v2:   ${server.url}/2/media/upload  (X SDK baseUrl: ${server.url})`)
  console.log(`  v1.1: ${server.url}/1.1/media/upload.json`)
  const auth =
    args.auth === 'required'
      ? 'an Authorization header is required (any well-formed Bearer or OAuth header)'
      : 'requests without an Authorization header are accepted (as from your app proxy)'
  console.log(`  scenario: ${args.scenario}${args.scenarioOptions ? ` + ${JSON.stringify(args.scenarioOptions)}` : ''}; ${auth}`)
  if (args.store) console.log(`  store limits: ${JSON.stringify(args.store)}`)
  if (server.inspectorUrl) console.log(`  inspector: ${server.inspectorUrl}`)
  const stop = (): void => {
    void server.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  if (error instanceof CliUsageError) {
    console.error(`tweet-media-mock: ${error.message}\n\n${USAGE}`)
    process.exit(2)
  }
  console.error(error)
  process.exit(1)
})
