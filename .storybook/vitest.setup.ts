import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest'

// A story that logs a console error fails its test: errors must be fixed, not scrolled past.
let consoleError: MockInstance<typeof console.error>

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error')
})

afterEach(() => {
  const calls = consoleError.mock.calls.map((args) => args.map(String).join(' '))
  consoleError.mockRestore()
  expect(calls, 'console.error was called during the story').toEqual([])
})
