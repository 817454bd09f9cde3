import type { LakeCore } from '../lake/core'
import { API_ROUTES, ROOT_ROUTES } from '../routes/table'
import { serveStatic } from '../static/serve'
import { resolveCaller } from './auth'
import type { RequestContext } from './context'
import { corsHeaders, ownOrigins, preflightHeaders } from './cors'
import { LakeError, notFound } from '../errors'
import type { RawRequest, RawResponse } from './raw'
import { sendError, toLakeError } from './respond'
import { matchRoute, type Route } from './router'
import { setSecurityHeaders } from './securityHeaders'
import { isApiPath, splitVersion } from './version'

/** Options of a listening port: the Studio port also serves static files. */
export interface HandlerOptions {
  core: LakeCore
  staticRoot?: string
}

/** The request listener for one port: CORS, static files, auth, routing and JSON errors. */
export function createRequestHandler(
  options: HandlerOptions,
): (req: RawRequest, res: RawResponse) => Promise<void> {
  return async (req, res) => {
    setSecurityHeaders(res)
    try {
      await handle(options, req, res)
    } catch (error) {
      const lakeError = toLakeError(error)
      if (lakeError.status >= 500)
        options.core.log(`${req.method ?? '?'} ${req.url ?? ''}: ${lakeError.message}`)
      sendError(
        res,
        lakeError,
        lakeError.status === 405
          ? { allow: typeof lakeError.extra.allow === 'string' ? lakeError.extra.allow : '' }
          : {},
      )
    }
  }
}

async function handle(
  { core, staticRoot }: HandlerOptions,
  req: RawRequest,
  res: RawResponse,
): Promise<void> {
  const authority = header(req.headers[':authority']) ?? header(req.headers.host) ?? 'localhost'
  const url = new URL(req.url ?? '/', `https://${authority}`)
  const method = (req.method ?? 'GET').toUpperCase()
  const cors = corsHeaders(req.headers, core.config.cors, ownOrigins(authority))
  if (!cors) {
    throw new LakeError(
      403,
      'corsError',
      `Origin ${header(req.headers.origin) ?? ''} is not allowed: add it to "cors" in the lake config`,
    )
  }
  for (const [name, value] of Object.entries(cors)) res.setHeader(name, value)
  if (method === 'OPTIONS') {
    res.writeHead(204, preflightHeaders(req.headers))
    res.end()
    return
  }
  if (staticRoot && !isApiPath(url.pathname))
    return serveStatic(staticRoot, url.pathname, method, res)
  if (core.closed) throw new LakeError(503, 'httpServiceUnavailable', 'The lake is shutting down')
  const version = splitVersion(url.pathname)
  const routes: readonly Route[] = version ? API_ROUTES : ROOT_ROUTES
  const path = version ? version.rest : url.pathname
  const match = matchRoute(routes, path, method)
  if (match.kind === 'none') throw notFound(`No such endpoint: ${method} ${url.pathname}`)
  if (match.kind === 'method') {
    throw new LakeError(
      405,
      'httpMethodNotAllowed',
      `${method} is not allowed on ${url.pathname} (allowed: ${match.allowed.join(', ')})`,
      {
        allow: match.allowed.join(', '),
      },
    )
  }
  const ctx: RequestContext = {
    method,
    path,
    url,
    headers: req.headers,
    apiVersion: version?.apiVersion ?? '',
    params: match.params,
    caller: version
      ? resolveCaller(header(req.headers.authorization), core.config)
      : { role: 'anonymous', userId: '<anonymous>' },
    req,
    res,
  }
  await match.handler(ctx, core)
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
