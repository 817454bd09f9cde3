#!/usr/bin/env node
// Scale benchmark (a script, not a test): seeds a local lake with the project's seed content plus
// N full copies of its main article (1k, then 10k), starts `next start` with the default (disk)
// cache, and prints for each size
//   1. uncached article renders: --pages distinct articles loaded once each (--concurrency at a
//      time), req/s;
//   2. the reference, measured in the same run: the same pages again, now served from the cache,
//      req/s, and the ratio of the two;
//   3. the CPU an uncached render costs, in the storefront and in the lake (ps cumulative CPU time
//      over the uncached pass, per page: unlike req/s, this barely moves with other load);
//   4. the memory the cache uses: the storefront's RSS and the cache folder's size on disk.
// --cpu-prof writes the storefront's CPU profile (.cpuprofile) to tests/test-results/scale-bench-profiles.
// Bounded: a fixed number of pages per size, every request awaited in turn by a fixed pool.
// Usage: node tests/bench/scale.mjs [--sizes 1000,10000] [--pages 200] [--concurrency 4] [--cpu-prof]
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { tsImport } from 'tsx/esm/api'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    pages: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '4' },
    'cpu-prof': { type: 'boolean', default: false },
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

/**
 * Waits until the lake has split every article's text for search, which it does in the background
 * after a start (about 9 s of CPU at 10k articles; counted in a 60-page pass it adds about 80 ms per
 * page). The lake logs when it is done. A check for an idle lake (under a tenth of a core for a
 * second) passes early when other load leaves the lake less than that while it is still indexing.
 */
async function lakeIndexed(lake) {
  await lake.service.waitForLine(/word index of "production": \d+ documents split/, {
    timeoutMs: 600_000,
  })
}

const profileDir = fileURLToPath(new URL('../test-results/scale-bench-profiles', import.meta.url))
const profileEnv = values['cpu-prof']
  ? {
      NODE_OPTIONS: `--import ${fileURLToPath(new URL('./cpu-profile.mjs', import.meta.url))}`,
      CPU_PROFILE_DIR: profileDir,
    }
  : {}
if (values['cpu-prof']) mkdirSync(profileDir, { recursive: true })

/** CPU seconds used so far by a process and its children (/proc stat utime + stime, in 1/100 s ticks). */
function cpuSeconds(pid) {
  // `-p` names the process itself, so ps always lists something (with `--ppid` alone it fails).
  const listed = execFileSync('ps', ['-o', 'pid=', '-p', String(pid), '--ppid', String(pid)])
  const pids = listed.toString().split('\n').map(Number).filter(Boolean)
  let ticks = 0
  for (const each of pids) {
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const stat = readFileSync(`/proc/${each}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    ticks += Number(fields[11]) + Number(fields[12])
  }
  return ticks / 100
}

async function measure(size) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'))
  const cacheDir = join(dir, 'cache')
  const stack = await startStack({
    seedFile: writeCatalogue(dir, size),
    webEnv: { CACHE_DIR: cacheDir, ...profileEnv },
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
    const pids = [stack.web.service.child.pid, stack.lake.service.child.pid]
    await lakeIndexed(stack.lake)
    const cpuBefore = pids.map(cpuSeconds)
    const uncached = await crawl([stack.web.url], paths, CONCURRENCY)
    const [webCpu, lakeCpu] = pids.map(
      (pid, i) => ((cpuSeconds(pid) - cpuBefore[i]) * 1000) / uncached.pages,
    )
    const cached = await crawl([stack.web.url], paths, CONCURRENCY)
    const failures = [...uncached.failures, ...cached.failures]
    if (failures.length > 0) throw new Error(`failed requests: ${failures.slice(0, 5).join(', ')}`)
    const rss = rssMb(stack.web.service.child.pid)
    console.log(
      `${size} articles: uncached render ${perSecond(uncached).toFixed(1)} req/s, ` +
        `cached ${perSecond(cached).toFixed(0)} req/s (reference; ratio ` +
        `${(perSecond(cached) / perSecond(uncached)).toFixed(1)}x, ${cached.hits}/${cached.pages} hits); ` +
        `CPU per uncached page: storefront ${webCpu.toFixed(0)} ms, lake ${lakeCpu.toFixed(0)} ms; ` +
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
