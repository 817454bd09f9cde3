#!/usr/bin/env node
// Draft preview freshness (a script, not a test): starts a seeded lake serving the built Studio and
// `next start` allowing that Studio to frame it (as tests/studio/presentation.test.ts does), opens
// Presentation on the seed article, then per round types a new title into the form and times two
// things from the keystroke: when the lake holds the draft with that title (polled with the editor
// token: the reference, what any preview must wait for) and when the preview iframe shows it. It
// prints p50/p95 of both and their ratio. Rounds are bounded in count and each in time.
// Usage: node tests/bench/preview-freshness.mjs [--rounds 15] [--round-timeout-ms 60000]
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { tsImport } from 'tsx/esm/api'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '15' },
    'round-timeout-ms': { type: 'string', default: '60000' },
  },
})
const ROUNDS = Number(values.rounds)
const ROUND_TIMEOUT_MS = Number(values['round-timeout-ms'])
if (!(Number.isInteger(ROUNDS) && ROUNDS > 0 && ROUNDS <= 200))
  throw new Error('--rounds must be a whole number from 1 to 200')

const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const ARTICLE_DOC = { type: 'article', id: 'article-lower-back-pain-after-exercise' }

const { ensureBuilt, ensureStudioBuilt } = await tsImport('../support/build.ts', import.meta.url)
const { loopbackOnlyPage } = await tsImport('../support/browser.ts', import.meta.url)
const { startPresentationStack } = await tsImport(
  '../studio/support/presentation-stack.ts',
  import.meta.url,
)
const { openPresentation, previewConnected } = await tsImport(
  '../studio/support/presentation.ts',
  import.meta.url,
)

const percentile = (samples, p) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** Resolves with the ms since `start` once the lake's draft has `title`; polls every 10 ms. */
async function draftSavedAfter(lake, title, start) {
  const deadline = start + ROUND_TIMEOUT_MS
  while (performance.now() < deadline) {
    const saved = await lake.api.query(
      '*[_id == $id][0].title',
      { id: `drafts.${ARTICLE_DOC.id}` },
      'raw',
    )
    if (saved === title) return performance.now() - start
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`the lake never held the draft title "${title}" within ${ROUND_TIMEOUT_MS} ms`)
}

ensureBuilt()
ensureStudioBuilt()
const stack = await startPresentationStack()
try {
  const studio = await loopbackOnlyPage(stack.browser, {
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 900 },
  })
  studio.context().setDefaultTimeout(ROUND_TIMEOUT_MS)
  const preview = await openPresentation(
    studio,
    stack.lake.studioUrl,
    ARTICLE_DOC,
    `${stack.web.url}${ARTICLE}`,
  )
  await previewConnected(preview)
  const saved = []
  const shown = []
  for (let round = 1; round <= ROUNDS; round += 1) {
    const title = `Preview freshness round ${round} ${Date.now()}`
    await studio.locator('#title').fill(title)
    const typedAt = performance.now()
    const [savedMs] = await Promise.all([
      draftSavedAfter(stack.lake, title, typedAt),
      preview.locator('h1', { hasText: title }).waitFor({ timeout: ROUND_TIMEOUT_MS }),
    ])
    const shownMs = performance.now() - typedAt
    saved.push(savedMs)
    shown.push(shownMs)
    console.log(
      `round ${round}: draft saved ${savedMs.toFixed(0)} ms, preview ${shownMs.toFixed(0)} ms`,
    )
  }
  const p50 = { saved: percentile(saved, 50), shown: percentile(shown, 50) }
  const p95 = { saved: percentile(saved, 95), shown: percentile(shown, 95) }
  console.log(`rounds: ${ROUNDS}`)
  console.log(
    `keystroke -> draft in lake (reference): p50 ${p50.saved.toFixed(0)} ms, p95 ${p95.saved.toFixed(0)} ms`,
  )
  console.log(
    `keystroke -> preview shows it:          p50 ${p50.shown.toFixed(0)} ms, p95 ${p95.shown.toFixed(0)} ms`,
  )
  console.log(
    `preview / draft saved: p50 ${(p50.shown / p50.saved).toFixed(2)}x, p95 ${(p95.shown / p95.saved).toFixed(2)}x`,
  )
} finally {
  await stack.close()
}
