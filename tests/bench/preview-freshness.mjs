#!/usr/bin/env node
// Draft preview freshness (a script, not a test): starts a seeded lake serving the built Studio and
// `next start` allowing that Studio to frame it (as tests/studio/presentation.test.ts does), opens
// Presentation on the seed article, then per round types a new title into the form and times two
// things from the keystroke: when the lake holds the draft with that title (polled with the editor
// token: the reference, what any preview must wait for) and when the preview iframe's <h1> shows
// it (what the editor sees; in draft mode the title is live text, read from the fields route as
// soon as the lake announces the change), then when the server render carrying the title was
// committed (the honest second figure: the page's own truth caught up). It prints p50/p95 and the
// ratio to the reference, and where the time goes: when the lake's live event and the live fields
// reached the preview (the page's own performance marks, lib/preview/live-marks.ts), when the
// preview asked for its refresh render and how long the server took for it, how many link
// prefetches the preview sent, and the load average (the machine is shared).
// Rounds are bounded in count and each in time.
// Usage: node tests/bench/preview-freshness.mjs [--rounds 15] [--round-timeout-ms 60000] [--verbose]
// (--verbose: every live event, fields read, refresh and commit of each round, ms after the keystroke)
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { tsImport } from 'tsx/esm/api'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '15' },
    'round-timeout-ms': { type: 'string', default: '60000' },
    verbose: { type: 'boolean', default: false },
  },
})
const ROUNDS = Number(values.rounds)
const ROUND_TIMEOUT_MS = Number(values['round-timeout-ms'])
const VERBOSE = values.verbose
if (!(Number.isInteger(ROUNDS) && ROUNDS > 0 && ROUNDS <= 200))
  throw new Error('--rounds must be a whole number from 1 to 200')

const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const ARTICLE_DOC = { type: 'article', id: 'article-lower-back-pain-after-exercise' }

const { ensureBuilt, ensureStudioBuilt } = await tsImport('../support/build.ts', import.meta.url)
const { LIVE_MARKS } = await tsImport('../../apps/web/lib/preview/live-marks.ts', import.meta.url)
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
  // Where the time goes: the RSC requests of the preview's router.refresh(). Their start is when
  // the preview learnt of the change; their response headers, when the server had rendered.
  const rscAsked = []
  let prefetches = 0
  studio.on('request', (request) => {
    if (!request.url().startsWith(stack.web.url) || request.headers()['rsc'] !== '1') return
    // Link prefetches: in draft mode each is a full render competing with the refresh (every
    // refresh sets off one per link in view); counted to show their share.
    if (request.headers()['next-router-prefetch'] === '1') prefetches += 1
    else rscAsked.push({ request, start: performance.now(), end: NaN })
  })
  studio.on('response', (response) => {
    const asked = rscAsked.find((r) => r.request === response.request())
    // Headers arrive once the server has rendered the page's shell: the server-side share.
    if (asked) asked.end = performance.now()
  })
  const previewFrame = () => studio.frames().find((frame) => frame.url().startsWith(stack.web.url))
  // The live preview's performance marks (lib/preview/live-marks.ts), in wall-clock ms.
  const liveMarks = async (name) =>
    (await previewFrame()?.evaluate(
      (wanted) =>
        performance
          .getEntriesByName(wanted, 'mark')
          .map((mark) => performance.timeOrigin + mark.startTime),
      name,
    )) ?? []
  // When the server render showing `title` was committed: LiveText marks each server value.
  const serverTextAt = (title) =>
    previewFrame()
      ?.waitForFunction(
        ({ name, wanted }) =>
          performance
            .getEntriesByName(name, 'mark')
            .map((mark) =>
              mark.detail?.field === 'title' && mark.detail?.value === wanted
                ? performance.timeOrigin + mark.startTime
                : undefined,
            )
            .find((at) => at !== undefined),
        { name: LIVE_MARKS.serverText, wanted: title },
        { timeout: ROUND_TIMEOUT_MS, polling: 10 },
      )
      .then((handle) => handle.jsonValue())
  const announced = []
  const fieldsRead = []
  // When the <h1> first holds `title`, seen in the page itself (a MutationObserver, wall clock):
  // Playwright's own wait retries with growing pauses (up to 500 ms) and notices it later.
  const watchTitle = (title) =>
    previewFrame()?.evaluate((wanted) => {
      // Runs in the page: its globals, which this Node script's lint does not know.
      const { document, MutationObserver } = globalThis
      const state = { at: undefined }
      Object.assign(globalThis, { titleShown: state })
      const observer = new MutationObserver(() => {
        if (document.querySelector('h1')?.textContent !== wanted) return
        state.at = Date.now()
        observer.disconnect()
      })
      observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    }, title)
  const titleShownAt = () => previewFrame()?.evaluate(() => globalThis.titleShown?.at)
  const committed = []
  const saved = []
  const shown = []
  const seenByPlaywright = []
  const refreshStarted = []
  const renderMs = []
  const loadBefore = loadavg()
  for (let round = 1; round <= ROUNDS; round += 1) {
    const title = `Preview freshness round ${round} ${Date.now()}`
    await watchTitle(title)
    await studio.locator('#title').fill(title)
    const typedAt = performance.now()
    const typedWall = Date.now()
    const [savedMs] = await Promise.all([
      draftSavedAfter(stack.lake, title, typedAt),
      preview.locator('h1', { hasText: title }).waitFor({ timeout: ROUND_TIMEOUT_MS }),
    ])
    const seenMs = performance.now() - typedAt
    const shownAt = await titleShownAt()
    const shownMs = shownAt === undefined ? seenMs : shownAt - typedWall
    const committedAt = await serverTextAt(title)
    const committedMs = committedAt === undefined ? NaN : committedAt - typedWall
    if (committedAt !== undefined) committed.push(committedMs)
    const since = async (name) =>
      (await liveMarks(name))
        .filter((at) => at >= typedWall)
        .map((at) => Math.round(at - typedWall))
    const firstMessage = (await liveMarks(LIVE_MARKS.event)).find((at) => at >= typedWall)
    const announcedMs = firstMessage === undefined ? NaN : firstMessage - typedWall
    if (firstMessage !== undefined) announced.push(announcedMs)
    const firstFields = (await liveMarks(LIVE_MARKS.fields)).find((at) => at >= typedWall)
    const fieldsMs = firstFields === undefined ? NaN : firstFields - typedWall
    if (firstFields !== undefined) fieldsRead.push(fieldsMs)
    saved.push(savedMs)
    shown.push(shownMs)
    seenByPlaywright.push(seenMs)
    // The render that committed the title: the last one asked for before that commit (its
    // response may still be streaming its tail then).
    const renderEnd = Number.isFinite(committedMs) ? committedMs : shownMs
    const render = rscAsked
      .filter((r) => r.start >= typedAt && r.start <= typedAt + renderEnd)
      .at(-1)
    const startMs = render ? render.start - typedAt : NaN
    const tookMs = render ? render.end - render.start : NaN
    if (render) refreshStarted.push(startMs)
    if (Number.isFinite(tookMs)) renderMs.push(tookMs)
    console.log(
      `round ${round}: draft saved ${savedMs.toFixed(0)} ms, live event ${announcedMs.toFixed(0)} ms, fields read ${fieldsMs.toFixed(0)} ms, ` +
        `preview shows it ${shownMs.toFixed(0)} ms (Playwright saw it at ${seenMs.toFixed(0)}); refresh asked ${startMs.toFixed(0)} ms, render headers after ${tookMs.toFixed(0)} ms, ` +
        `server render committed ${committedMs.toFixed(0)} ms`,
    )
    if (VERBOSE)
      console.log(
        `  events at ${await since(LIVE_MARKS.event)}, fields read at ${await since(LIVE_MARKS.fields)}, refreshes at ${await since(LIVE_MARKS.refresh)}, commits at ${await since(LIVE_MARKS.committed)} ms`,
      )
  }
  const p50 = { saved: percentile(saved, 50), shown: percentile(shown, 50) }
  const p95 = { saved: percentile(saved, 95), shown: percentile(shown, 95) }
  const loadAfter = loadavg()
  const load = (l) => l.map((n) => n.toFixed(1)).join(' ')
  console.log(
    `rounds: ${ROUNDS}; load average before ${load(loadBefore)}, after ${load(loadAfter)}`,
  )
  console.log(`link prefetches sent by the preview during the rounds: ${prefetches}`)
  console.log(
    `keystroke -> draft in lake (reference): p50 ${p50.saved.toFixed(0)} ms, p95 ${p95.saved.toFixed(0)} ms`,
  )
  console.log(
    `keystroke -> preview shows it:          p50 ${p50.shown.toFixed(0)} ms, p95 ${p95.shown.toFixed(0)} ms`,
  )
  console.log(
    `  (as Playwright's wait saw it:         p50 ${percentile(seenByPlaywright, 50).toFixed(0)} ms, p95 ${percentile(seenByPlaywright, 95).toFixed(0)} ms)`,
  )
  if (committed.length > 0)
    console.log(
      `keystroke -> server render committed:  p50 ${percentile(committed, 50).toFixed(0)} ms, p95 ${percentile(committed, 95).toFixed(0)} ms (${committed.length} of ${ROUNDS} rounds)`,
    )
  if (fieldsRead.length > 0)
    console.log(
      `keystroke -> live fields read:          p50 ${percentile(fieldsRead, 50).toFixed(0)} ms, p95 ${percentile(fieldsRead, 95).toFixed(0)} ms`,
    )
  if (announced.length > 0)
    console.log(
      `keystroke -> live event in the preview: p50 ${percentile(announced, 50).toFixed(0)} ms, p95 ${percentile(announced, 95).toFixed(0)} ms (${announced.length} of ${ROUNDS} rounds)`,
    )
  if (refreshStarted.length > 0 && renderMs.length > 0)
    console.log(
      `keystroke -> refresh asked: p50 ${percentile(refreshStarted, 50).toFixed(0)} ms, p95 ${percentile(refreshStarted, 95).toFixed(0)} ms; ` +
        `server render: p50 ${percentile(renderMs, 50).toFixed(0)} ms, p95 ${percentile(renderMs, 95).toFixed(0)} ms`,
    )
  console.log(
    `preview / draft saved: p50 ${(p50.shown / p50.saved).toFixed(2)}x, p95 ${(p95.shown / p95.saved).toFixed(2)}x`,
  )
} finally {
  await stack.close()
}
