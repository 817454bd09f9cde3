import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { articleCopy } from '../support/documents'
import { startStack, type Stack } from '../support/stack'
import { copySlug, crawl, writeCatalogue, type Crawl } from './scale-catalogue'

// A bulk change through the lake while the storefront runs: BULK_CHANGE_ARTICLES new articles
// (200 here, 1,000 for the issue's figure) each fire the webhook. Their deliveries must drain
// quickly (coalesced: one expiry and purge per burst) and leave the other articles' pages cached.
const BULK = Number(process.env.BULK_CHANGE_ARTICLES ?? 200)
const OTHERS = 60
const PER_TRANSACTION = 100
const bulkId = (index: number) => `article-bulk-${index}`
const bulkSlug = (index: number) => `bulk-${index}`

let stack: Stack
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bulk-change-'))
  stack = await startStack({
    seedFile: writeCatalogue(dir, OTHERS),
    // Long enough that every burst of parallel deliveries shares a batch even on a loaded machine.
    webEnv: { REVALIDATE_COALESCE_MS: '100' },
  })
}, 180_000)

afterAll(async () => {
  await stack?.close()
  rmSync(dir, { recursive: true, force: true })
})

const others = Array.from({ length: OTHERS }, (_, index) => `/blog/${copySlug(index)}`)
const cachedShare = ({ hits, stale, pages }: Crawl) => (hits + stale) / pages

/** Creates the bulk articles in transactions, as an import script would. */
async function createBulk(): Promise<void> {
  for (let from = 0; from < BULK; from += PER_TRANSACTION) {
    const count = Math.min(PER_TRANSACTION, BULK - from)
    const mutations = Array.from({ length: count }, (_, offset) => ({
      createOrReplace: articleCopy(bulkId(from + offset), {
        slug: bulkSlug(from + offset),
        title: `Bulk article ${from + offset}`,
        words: 'Part of a bulk import.',
        publishedAt: new Date(Date.UTC(2025, 0, 1, 0, from + offset)).toISOString(),
      }),
    }))
    await stack.lake.api.mutate(mutations)
  }
}

const delivered = /webhook "storefront" create article-bulk-\d+: attempt \d+ -> 200\b/

function deliveredCount(from: number): number {
  return stack.lake.service.lines.slice(from).filter((line) => delivered.test(line)).length
}

/** Resolves once the lake has delivered every bulk create (each line is one acknowledged one). */
async function untilDrained(from: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (deliveredCount(from) < BULK) {
    if (Date.now() > deadline)
      throw new Error(`only ${deliveredCount(from)} of ${BULK} deliveries in ${timeoutMs} ms`)
    await stack.lake.service.waitForLine(delivered, {
      from: stack.lake.service.lines.length,
      timeoutMs: 60_000,
    })
  }
}

describe(`a bulk change of ${BULK} articles through the lake`, () => {
  it('drains its webhooks in coalesced batches and leaves the other articles cached', async () => {
    const first = await crawl([stack.web.url], others, 4)
    expect(first.failures).toEqual([])
    const warm = await crawl([stack.web.url], others, 4)
    expect(warm.hits).toBe(OTHERS)

    const lakeFrom = stack.lake.service.lines.length
    const webFrom = stack.web.service.lines.length
    const started = performance.now()
    const importing = createBulk()
    // Shoppers keep reading the other articles while the deliveries drain (bounded: 20 crawls).
    const during: Crawl[] = []
    for (let round = 0; round < 20 && deliveredCount(lakeFrom) < BULK; round++)
      during.push(await crawl([stack.web.url], others, 4))
    await importing
    const imported = performance.now()
    await untilDrained(lakeFrom, 600_000)
    const drained = performance.now()
    const after = await crawl([stack.web.url], others, 4)

    const webLines = stack.web.service.lines.slice(webFrom)
    const batchSizes = webLines
      .map((line) => /^\[revalidate\] batch of (\d+):/.exec(line)?.[1])
      .filter((size) => size !== undefined)
      .map(Number)
    const batches = batchSizes.length
    const retried = stack.lake.service.lines
      .slice(lakeFrom)
      .filter((line) => /create article-bulk-\d+: attempt [2-9]/.test(line)).length
    const duringShare = during.map(cachedShare)
    // How long the storefront took to acknowledge each delivery (the rest of the drain is the lake).
    const answered = stack.lake.service.lines
      .slice(lakeFrom)
      .map((line) => /create article-bulk-\d+: attempt \d+ -> 200 in (\d+) ms/.exec(line)?.[1])
      .filter((ms) => ms !== undefined)
      .map(Number)
      .sort((x, y) => x - y)
    console.log(
      `bulk change of ${BULK} articles: imported in ${((imported - started) / 1000).toFixed(1)} s, ` +
        `webhooks drained in ${((drained - started) / 1000).toFixed(1)} s ` +
        `(${(BULK / ((drained - started) / 1000)).toFixed(0)} deliveries/s) in ${batches} batches, ` +
        `${retried} retried, the storefront answering each in ${answered[Math.floor(answered.length / 2)]} ms ` +
        `(median; max ${answered.at(-1)} ms); other articles served from the cache during the drain: ` +
        `${duringShare.map((share) => `${Math.round(share * 100)} %`).join(', ') || '(drained first)'}, ` +
        `after: ${after.hits} hits + ${after.stale} stale of ${after.pages}`,
    )

    // Every delivery was acknowledged once, in far fewer expiries than deliveries.
    expect(deliveredCount(lakeFrom)).toBe(BULK)
    expect(batchSizes.reduce((sum, size) => sum + size, 0)).toBe(BULK)
    expect(batches).toBeLessThanOrEqual(Math.ceil(BULK / 2))
    expect(webLines.filter((line) => line.includes('not yet expired'))).toEqual([])
    // The other pages never had to be rendered afresh: only their related block went stale.
    for (const crawled of [...during, after]) {
      expect(crawled.failures).toEqual([])
      expect(cachedShare(crawled)).toBe(1)
    }
    // The new articles are there: the home page lists the newest, each page renders.
    const home = await (await fetch(`${stack.web.url}/`)).text()
    expect(home).toContain(`Bulk article ${BULK - 1}`)
    const sample = [0, Math.floor(BULK / 2), BULK - 1].map((index) => `/blog/${bulkSlug(index)}`)
    expect((await crawl([stack.web.url], sample, 3)).failures).toEqual([])
  }, 900_000)
})
