/** A server script running in its own process (see child.mjs). */
export interface Service {
  readonly url: string
  ask(type: string): Promise<unknown>
  close(): Promise<void>
}

export function startService(script: string, options?: { timeoutMs?: number }): Promise<Service>
export function runChild(script: string, input: Record<string, unknown>, options?: { timeoutMs?: number; execArgv?: string[] }): Promise<unknown>
