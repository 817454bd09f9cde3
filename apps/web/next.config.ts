import { join } from 'node:path'
import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_SERVER } from 'next/constants'
import { localCacheStore, memoryCacheBytes, redisUrl } from './lib/cache-handlers/config'
import { FIXED_SECURITY_HEADERS } from './lib/security/headers'

/**
 * Pages and 'use cache' data live in our handlers (lib/cache-handlers/): in Redis with REDIS_URL,
 * shared by every instance along with tag invalidations, otherwise in files (CACHE_STORE=disk, the
 * default), so memory does not grow with the catalogue. Next loads the handlers by path at run
 * time, so they are compiled to dist/ by `npm run build`. CACHE_STORE=memory keeps Next's own
 * in-process cache, capped at CACHE_MAX_MEMORY_MB.
 */
const handler = (name: string) => join(__dirname, 'dist/cache-handlers', `${name}.js`)

const handlers: Partial<NextConfig> = {
  cacheHandler: handler('page-cache'),
  cacheHandlers: {
    default: handler('use-cache'),
    remote: handler('use-cache'),
  },
  // The handler's store replaces the in-process cache: no page is held twice.
  cacheMaxMemorySize: 0,
}

/**
 * The disk store serves `next start` only: `next build` loads the handlers before the build has
 * an id to key entries by, and `next dev` renders every request anyway.
 */
function cacheWiring(phase: string): Partial<NextConfig> {
  if (redisUrl() !== null) return handlers
  if (phase === PHASE_PRODUCTION_SERVER && localCacheStore() === 'disk') return handlers
  return { cacheMaxMemorySize: memoryCacheBytes() }
}

/**
 * Caching model (see README "How pages stay fresh"):
 * - `cacheComponents`: data loaders are `'use cache'` functions tagged per document, and pages are
 *   cached whole once rendered. A deal's start or end sets the cache `expire`, so no page outlives it.
 * - Nothing content-dependent is prerendered at build time (the build needs no Content Lake);
 *   pages render on their first request and are cached in memory from then on.
 */
// The benchmark's control pages (app/bench/*/page.bench.tsx) exist only in the benchmark's build:
// tests/bench/storefront.mjs builds and starts with STOREFRONT_BENCH=1, into a folder of its own,
// so the production build and the tests' build never serve them.
const benchBuild = process.env.STOREFRONT_BENCH === '1'

const nextConfig = (phase: string): NextConfig => ({
  ...cacheWiring(phase),
  cacheComponents: true,
  pageExtensions: benchBuild ? ['bench.tsx', 'tsx', 'ts'] : ['tsx', 'ts'],
  distDir: benchBuild ? '.next-bench' : '.next',
  // Off on purpose: an article is rendered in full on its first request (a real 404 status for
  // an unknown or invalid one) and served from the cache afterwards, never as a fallback shell.
  partialPrefetching: false,
  transpilePackages: ['@repo/content'],
  poweredByHeader: false,
  // An ETag is a hash of each response body, computed per request; pages here carry
  // `Cache-Control: s-maxage` for shared caches, so browsers gain little from revalidating them.
  generateEtags: false,
  // The build checks the app's own code; tests are checked by `npm run typecheck`.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  reactStrictMode: true,
  experimental: {
    // The site's CSS (about 5 kB gzip) goes into each page's <head> instead of separate
    // render-blocking stylesheet requests: the first paint waits for no round trip.
    inlineCss: true,
    // Cached pages live only as long as the process: tag invalidations are held in memory, so a
    // page written to disk could outlive a webhook it never heard about. It also keeps junk URLs
    // (cached 404s) from filling the disk.
    isrFlushToDisk: false,
  },
  async headers() {
    // Fixed at `next build`. The Content-Security-Policy names the Studio origins, which are only
    // known where the server runs, so proxy.ts sets it per response (lib/security/headers.ts).
    return [{ source: '/:path*', headers: [...FIXED_SECURITY_HEADERS] }]
  },
  async redirects() {
    // `/?page=N` is redirected by proxy.ts (a config redirect would keep the query: a loop).
    return [{ source: '/page/1', destination: '/', permanent: true }]
  },
  async rewrites() {
    // The home page is page 1 of the article list; `/page/[n]` renders it (see app/(site)/page).
    // `/deals` likewise renders app/(site)/deals/[view] (rendered on request, then cached whole).
    return {
      beforeFiles: [
        { source: '/', destination: '/page/1' },
        { source: '/deals', destination: '/deals/live' },
      ],
    }
  },
})

export default nextConfig
