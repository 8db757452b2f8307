import type { IncomingMessage } from 'node:http'

/**
 * CORS headers so a browser app on another port can call the mock: any origin, the
 * methods and headers it asks for, and the rate-limit headers readable by scripts.
 */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'authorization, content-type',
    'access-control-expose-headers': 'x-rate-limit-limit, x-rate-limit-remaining, x-rate-limit-reset',
    'access-control-max-age': '600',
    vary: 'Origin',
  }
}
