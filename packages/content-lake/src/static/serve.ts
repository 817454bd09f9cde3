import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'
import { LakeError, notFound } from '../errors'
import type { RawResponse } from '../http/raw'
import { contentTypeFor } from './mime'

const LONG_CACHE = 'public, max-age=31536000, immutable'

/**
 * Serves the built Studio: files under `root`, hashed `/static/` assets cached for a year, and every other
 * path without a file extension answered with index.html (the Studio routes on the client).
 */
export async function serveStatic(
  root: string,
  pathname: string,
  method: string,
  res: RawResponse,
): Promise<void> {
  if (method !== 'GET' && method !== 'HEAD') {
    throw new LakeError(405, 'httpMethodNotAllowed', `${method} is not allowed on static files`, {})
  }
  const file =
    (await findFile(root, pathname)) ??
    (extname(pathname) === '' ? await findFile(root, '/index.html') : undefined)
  if (!file) throw notFound(`No file at ${pathname}`)
  const body = await readFile(file)
  const isHtml = extname(file) === '.html'
  res.writeHead(200, {
    'content-type': contentTypeFor(extname(file)),
    'content-length': body.length,
    'cache-control': pathname.startsWith('/static/') && !isHtml ? LONG_CACHE : 'no-cache',
  })
  if (method === 'HEAD') res.end()
  else res.end(body)
}

async function findFile(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  const base = resolve(root)
  const candidate = resolve(join(base, decoded))
  // Never leave the Studio folder, whatever "..", "%2e%2e" or absolute paths the request contains.
  if (candidate !== base && !candidate.startsWith(base + sep)) return undefined
  try {
    const info = await stat(candidate)
    if (info.isFile()) return candidate
    if (info.isDirectory()) return findFile(root, join(decoded, 'index.html'))
  } catch {
    return undefined
  }
  return undefined
}
