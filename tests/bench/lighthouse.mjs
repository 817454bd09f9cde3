#!/usr/bin/env node
// Lighthouse 12 on the home page and the seed article (a script, not a test): builds if needed,
// starts a seeded lake and `next start`, runs Lighthouse in headless Chromium (/usr/bin/chromium)
// with its default mobile settings (simulated throttling), and prints the four category scores and
// every audit that keeps a category below 100. `/bench/static` (a minimal page with the same root
// layout and framework JavaScript but none of the site's own client components) is measured in the
// same run as the reference: what any page of this Next app scores on this machine.
// Usage: node tests/bench/lighthouse.mjs [--preset mobile|desktop]
import { parseArgs } from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { tsImport } from 'tsx/esm/api'

const { values } = parseArgs({ options: { preset: { type: 'string', default: 'mobile' } } })
const PAGES = ['/bench/static', '/', '/blog/how-to-prevent-lower-back-pain-after-exercise']
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

const { ensureBuilt } = await tsImport('../support/build.ts', import.meta.url)
const { startStack } = await tsImport('../support/stack.ts', import.meta.url)
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

ensureBuilt()
const stack = await startStack()
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
try {
  for (const path of PAGES) {
    const url = `${stack.web.url}${path}`
    // Warm the page cache first: shoppers get cached pages, not the first render.
    await (await fetch(url)).text()
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      values.preset === 'desktop'
        ? {
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
        : undefined,
    )
    if (!result) throw new Error(`no Lighthouse result for ${url}`)
    const { categories, audits } = result.lhr
    console.log(`${path} (${values.preset}):`)
    for (const id of CATEGORIES) {
      const category = categories[id]
      console.log(`  ${category.title}: ${Math.round((category.score ?? 0) * 100)}`)
      for (const ref of category.auditRefs) {
        const audit = audits[ref.id]
        if (ref.weight > 0 && audit.score !== null && audit.score < 1)
          console.log(
            `    - ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}: ${Math.round(audit.score * 100)}`,
          )
      }
    }
  }
} finally {
  await chrome.kill()
  await stack.close()
}
