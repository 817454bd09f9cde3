import { env } from '@/env'
import { lakeAssetUpstream } from '@/lib/lake-assets'

// Headers of the lake's answer a browser needs: type, size, the immutable caching and `Vary: Accept`.
const PASSED = ['content-type', 'content-length', 'cache-control', 'vary', 'content-disposition']

/**
 * Local mode only: the lake's image and file URLs, passed through unchanged from this origin. The lake
 * serves them over TLS with a self-signed certificate that shoppers' browsers do not trust (the server
 * trusts it through NODE_EXTRA_CA_CERTS); resizing stays the lake's, as it is Sanity's CDN's in hosted
 * mode, where image URLs point at cdn.sanity.io and this route answers 404.
 */
export async function GET(request: Request): Promise<Response> {
  const { localMode, apiHost } = env()
  const url = new URL(request.url)
  const upstream = apiHost && localMode ? lakeAssetUpstream(apiHost, url) : undefined
  if (!upstream) return new Response('Not found', { status: 404 })
  const answer = await fetch(upstream, {
    headers: { accept: request.headers.get('accept') ?? '*/*' },
    cache: 'no-store',
  })
  const headers = new Headers()
  for (const name of PASSED) {
    const value = answer.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(answer.body, { status: answer.status, headers })
}

export const HEAD = GET
