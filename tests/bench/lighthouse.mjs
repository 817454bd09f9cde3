#!/usr/bin/env node
// Lighthouse 12 on the home page and the seed article (a script, not a test): builds the benchmark
// variant if needed (it has the control pages under /bench), starts a seeded lake and `next start`,
// runs Lighthouse in headless Chromium (/usr/bin/chromium) with its default mobile settings
// (simulated throttling), and prints, per page, the median of `runs` runs of the four category
// scores and of the metrics that make the performance score, then every audit that kept a
// category below 100 in the median run. `/bench/static` (a minimal page with the same root layout
// and framework JavaScript but none of the site's chrome or client components) is measured in the
// same runs as the reference: what any page of this Next app scores on this machine. The pages
// alternate within each run, so load from anything else on the machine hits them about equally.
// Usage: node tests/bench/lighthouse.mjs [--preset mobile|desktop] [--runs 3] [--out dir]
// `--out` writes each run's full Lighthouse result (JSON) there, to read the audits' details.
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { tsImport } from 'tsx/esm/api'

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'mobile' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string' },
  },
})
const RUNS = Number(values.runs)
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 20) throw new Error('--runs must be 1 to 20')
if (values.preset !== 'mobile' && values.preset !== 'desktop')
  throw new Error('--preset must be mobile or desktop')
const PAGES = ['/bench/static', '/', '/blog/how-to-prevent-lower-back-pain-after-exercise']
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
]
const DESKTOP = {
  extends: 'lighthouse:default',
  settings: {
    formFactor: 'desktop',
    screenEmulation: {
      mobile: false,
      width: 1350,
      height: 940,
      deviceScaleFactor: 1,
      disabled: false,
    },
    throttlingMethod: 'simulate',
  },
}

const { BENCH_BUILD_ENV, ensureBuilt } = await tsImport('../support/build.ts', import.meta.url)
const { startStack } = await tsImport('../support/stack.ts', import.meta.url)
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// The lower of the two middle values for an even count (use an odd --runs).
const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}
const score = (category) => Math.round((category.score ?? 0) * 100)
const slug = (path) => path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'

/** One Lighthouse run of `url`; throws when Lighthouse could not load the page. */
async function measure(port, url) {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
    values.preset === 'desktop' ? DESKTOP : undefined,
  )
  if (!result) throw new Error(`no Lighthouse result for ${url}`)
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`)
  return result.lhr
}

/** The median scores and metrics of a page's runs, and the audits that cost points in the median run. */
function report(path, lhrs) {
  const byPerformance = [...lhrs].sort(
    (a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0),
  )
  const typical = byPerformance[Math.floor((byPerformance.length - 1) / 2)]
  console.log(`${path} (${values.preset}, median of ${lhrs.length}):`)
  for (const id of CATEGORIES) {
    const scores = lhrs.map((lhr) => score(lhr.categories[id]))
    console.log(`  ${lhrs[0].categories[id].title}: ${median(scores)} (runs: ${scores.join(', ')})`)
  }
  for (const id of METRICS) {
    const ms = median(lhrs.map((lhr) => lhr.audits[id].numericValue ?? 0))
    const unit = id === 'cumulative-layout-shift' ? '' : ' ms'
    console.log(
      `    ${id}: ${id === 'cumulative-layout-shift' ? ms.toFixed(3) : Math.round(ms)}${unit}`,
    )
  }
  console.log('  Losing points in the median run:')
  for (const id of CATEGORIES)
    for (const ref of typical.categories[id].auditRefs) {
      const audit = typical.audits[ref.id]
      if (ref.weight > 0 && audit.score !== null && audit.score < 1)
        console.log(
          `    - [${id}] ${ref.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}: ${Math.round(audit.score * 100)}`,
        )
    }
  // Weightless diagnostics (LCP element, render-blocking resources, ...) that Lighthouse 12.2's
  // trace engine could not compute for this Chromium: they cost no points, but say so.
  const errored = Object.values(typical.audits).filter(
    (audit) => audit.scoreDisplayMode === 'error',
  )
  if (errored.length > 0)
    console.log(
      `  Audits Lighthouse could not compute: ${errored.map((audit) => audit.id).join(', ')}`,
    )
}

ensureBuilt({ bench: true })
const stack = await startStack({ webEnv: BENCH_BUILD_ENV })
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
if (values.out) mkdirSync(values.out, { recursive: true })
const results = new Map(PAGES.map((path) => [path, []]))
const loads = []
try {
  for (const path of PAGES) {
    // Warm the page cache first: shoppers get cached pages, not the first render.
    const response = await fetch(`${stack.web.url}${path}`)
    await response.text()
    if (!response.ok) throw new Error(`${path}: ${response.status}`)
  }
  for (let run = 1; run <= RUNS; run++) {
    loads.push(loadavg()[0])
    for (const path of PAGES) {
      const lhr = await measure(chrome.port, `${stack.web.url}${path}`)
      results.get(path)?.push(lhr)
      if (values.out)
        writeFileSync(
          join(values.out, `${slug(path)}-${values.preset}-${run}.json`),
          JSON.stringify(lhr),
        )
    }
  }
  console.log(
    `Load average (1 min) at the start of each run: ${loads.map((l) => l.toFixed(1)).join(', ')}`,
  )
  for (const [path, lhrs] of results) report(path, lhrs)
} finally {
  await chrome.kill()
  await stack.close()
}
