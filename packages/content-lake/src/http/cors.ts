import type { IncomingHttpHeaders } from 'node:http'

/** CORS response headers for an allowed origin, or undefined when the origin is not allowed. */
export function corsHeaders(
  headers: IncomingHttpHeaders,
  allowed: readonly string[],
  ownOrigins: readonly string[],
): Record<string, string> | undefined {
  const origin = headers.origin
  if (!origin) return {}
  if (!allowed.includes(origin) && !ownOrigins.includes(origin)) return undefined
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    vary: 'Origin',
  }
}

/** Extra headers answering a preflight request. */
export function preflightHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const requested = headers['access-control-request-headers']
  return {
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers':
      typeof requested === 'string' && requested
        ? requested
        : 'authorization, content-type, x-sanity-project-id',
    'access-control-max-age': '600',
  }
}

/** The origins a server is reached at, which are always allowed (a Studio served from the lake calls itself). */
export function ownOrigins(authority: string | undefined): string[] {
  return authority ? [`https://${authority}`] : []
}
