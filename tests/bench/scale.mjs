#!/usr/bin/env node
// Scale benchmark (a script, not a test): seeds a local lake with the project's seed content plus
// N full copies of its main article (1k, then 10k), starts `next start` with the default (disk)
// cache, and prints for each size
//   1. uncached article renders: --pages distinct articles loaded once each (--concurrency at a
//      time), req/s;
//   2. the reference, measured in the same run: the same pages again, now served from the cache,
//      req/s, and the ratio of the two;
//   3. the memory the cache uses: the storefront's RSS and the cache folder's size on disk.
// Bounded: a fixed number of pages per size, every request awaited in turn by a fixed pool.
// Usage: node tests/bench/scale.mjs [--sizes 1000,10000] [--pages 200] [--concurrency 4]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { tsImport } from 'tsx/esm/api'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    pages: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '4' },
  },
})
const SIZES = values.sizes.split(',').map(Number)
const PAGES = Number(values.pages)
const CONCURRENCY = Number(values.concurrency)

const { ensureBuilt } = await tsImport('../support/build.ts', import.meta.url)
const { startStack } = await tsImport('../support/stack.ts', import.meta.url)
const { copySlug, crawl, diskMb, rssMb, writeCatalogue } = await tsImport(
  '../scale-out/scale-catalogue.ts',
  import.meta.url,
)

const perSecond = (result) => result.pages / result.seconds

async function measure(size) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'))
  const cacheDir = join(dir, 'cache')
  const stack = await startStack({
    seedFile: writeCatalogue(dir, size),
    webEnv: { CACHE_DIR: cacheDir },
  })
  try {
    // Spread over the catalogue, so the lake's reads are not all for its newest documents.
    const step = Math.max(1, Math.floor(size / PAGES))
    const paths = Array.from(
      { length: Math.min(PAGES, size) },
      (_, i) => `/blog/${copySlug(i * step)}`,
    )
    // One page first: the server's first render loads its code and is not a typical one.
    await crawl([stack.web.url], ['/blog/' + copySlug(size - 1)], 1)
    const uncached = await crawl([stack.web.url], paths, CONCURRENCY)
    const cached = await crawl([stack.web.url], paths, CONCURRENCY)
    const failures = [...uncached.failures, ...cached.failures]
    if (failures.length > 0) throw new Error(`failed requests: ${failures.slice(0, 5).join(', ')}`)
    const rss = rssMb(stack.web.service.child.pid)
    console.log(
      `${size} articles: uncached render ${perSecond(uncached).toFixed(1)} req/s, ` +
        `cached ${perSecond(cached).toFixed(0)} req/s (reference; ratio ` +
        `${(perSecond(cached) / perSecond(uncached)).toFixed(1)}x, ${cached.hits}/${cached.pages} hits); ` +
        `storefront RSS ${rss.toFixed(0)} MB, cache on disk ${diskMb(cacheDir).toFixed(1)} MB ` +
        `for ${PAGES + 1} pages`,
    )
  } finally {
    await stack.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

await ensureBuilt()
for (const size of SIZES) await measure(size)
