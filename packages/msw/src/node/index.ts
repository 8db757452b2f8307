export { createMockServer, type MockServer, type MockServerOptions } from './create-mock-server'
export { parseCliArgs, CliUsageError, type CliArgs } from './parse-cli-args'
