import { execFileSync } from 'node:child_process'
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { seedDocument } from '../support/documents'
import { SEED_FILE } from '../support/paths'

/** The seed's main article: every copy has its full body, as a real catalogue would. */
const MODEL = seedDocument('article-lower-back-pain-after-exercise')

export const copySlug = (index: number) => `scale-copy-${index}`
export const copyId = (index: number) => `article-scale-copy-${index}`

/**
 * The seed content plus `count` copies of the main article (own id, slug and title, one a minute
 * apart in the past), as NDJSON for a lake to import on its first start: no webhook fires.
 */
export function writeCatalogue(dir: string, count: number): string {
  const file = join(dir, 'catalogue.ndjson')
  const oldest = Date.parse('2024-01-01T00:00:00Z')
  const copies = Array.from({ length: count }, (_, index) =>
    JSON.stringify({
      ...MODEL,
      _id: copyId(index),
      _rev: undefined,
      title: `${String(MODEL.title)} (copy ${index})`,
      slug: { _type: 'slug', current: copySlug(index) },
      publishedAt: new Date(oldest + index * 60_000).toISOString(),
    }),
  )
  writeFileSync(file, `${readFileSync(SEED_FILE, 'utf8').trimEnd()}\n${copies.join('\n')}\n`)
  // The seed's images are found beside the file that names them.
  symlinkSync(join(dirname(SEED_FILE), 'images'), join(dir, 'images'))
  return file
}

export interface Crawl {
  pages: number
  /** Served from a cache without a render: the proxy's (X-Cache: HIT) or a storefront's. */
  hits: number
  /** Of the hits, those the caching proxy served itself. */
  proxyHits: number
  /** Served from the cache while refreshed in the background (x-nextjs-cache: STALE). */
  stale: number
  /** Paths answered 200 but rendered afresh (neither HIT nor STALE). */
  misses: string[]
  failures: string[]
  seconds: number
}

/**
 * Loads every path once, `concurrency` at a time, spreading them over `origins` round robin, and
 * counts how many a cache served. Through the caching proxy its own X-Cache header counts first:
 * a page it serves from its cache carries the x-nextjs-cache the storefront sent when the proxy
 * fetched it (MISS for a page the first crawl rendered), so that header alone would count every
 * proxy hit as a render. On a proxy miss (or straight from a storefront) x-nextjs-cache says
 * whether the storefront rendered the page or served it from its own (shared) cache.
 */
export async function crawl(
  origins: string[],
  paths: string[],
  concurrency: number,
): Promise<Crawl> {
  const result: Crawl = {
    pages: paths.length,
    hits: 0,
    proxyHits: 0,
    stale: 0,
    misses: [],
    failures: [],
    seconds: 0,
  }
  const started = performance.now()
  let next = 0
  async function worker(): Promise<void> {
    while (next < paths.length) {
      const index = next++
      const path = paths[index] ?? '/'
      const origin = origins[index % origins.length] ?? ''
      const response = await fetch(`${origin}${path}`)
      await response.arrayBuffer()
      const cache = response.headers.get('x-nextjs-cache')
      const proxyHit = response.headers.get('x-cache') === 'HIT'
      if (response.status !== 200) result.failures.push(`${path}: ${response.status}`)
      else if (proxyHit) {
        result.hits += 1
        result.proxyHits += 1
      } else if (cache === 'HIT') result.hits += 1
      else if (cache === 'STALE') result.stale += 1
      else result.misses.push(path)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  result.seconds = (performance.now() - started) / 1000
  return result
}

/** The resident memory in MB of a process and its children (ps, procps). */
export function rssMb(pid: number): number {
  const lines = execFileSync('ps', ['-o', 'rss=', '-p', String(pid), '--ppid', String(pid)])
  return (
    lines
      .toString()
      .split('\n')
      .reduce((sum, line) => sum + (Number(line) || 0), 0) / 1024
  )
}

/** A folder's size on disk in MB (du). */
export function diskMb(dir: string): number {
  return Number(execFileSync('du', ['-sk', dir]).toString().split('\t')[0]) / 1024
}
