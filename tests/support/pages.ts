import type { Page } from 'playwright-core'

/**
 * Resolves once every part of the page streamed after its cached shell has been revealed
 * (React parks them in hidden `S:` containers until then).
 */
export async function streamed(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('div[hidden][id^="S:"]') === null)
}

/** The deal banner's text, or null when the page has none (or it is hidden). */
export async function bannerText(page: Page): Promise<string | null> {
  await streamed(page)
  const banner = page.locator('#deal-banner')
  if ((await banner.count()) === 0 || !(await banner.isVisible())) return null
  return banner.innerText()
}

/** Resolves at wall-clock time `at` (ms): for deadlines that are the event itself. */
export function until(at: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())))
}

/** The lifetime a cached page declares: `s-maxage` (revalidate) and the total until it expires. */
export function cacheLifetime(
  cacheControl: string | null,
): { revalidate: number; expire: number } | null {
  const maxAge = /s-maxage=(\d+)/.exec(cacheControl ?? '')
  if (!maxAge?.[1]) return null
  const swr = /stale-while-revalidate=(\d+)/.exec(cacheControl ?? '')
  const revalidate = Number(maxAge[1])
  return { revalidate, expire: revalidate + Number(swr?.[1] ?? 0) }
}

/** The page's cumulative layout shift so far (Chromium's layout-shift entries). */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            total += (entry as PerformanceEntry & { value: number }).value
        }).observe({ type: 'layout-shift', buffered: true })
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)))
      }),
  )
}
