import type { BrowserContext, Page } from 'playwright-core'

/** Loads `url` and fails unless the storefront answers 200. */
export async function loadPage(page: Page, url: string): Promise<void> {
  const response = await page.goto(url)
  if (response?.status() !== 200)
    throw new Error(`GET ${url} answered ${response?.status() ?? 'nothing'}`)
}

/**
 * GETs `url` again and again (each request an observation, nothing waited for in between) until
 * its HTML contains `text`; resolves with the time that response was complete. Plain requests, not
 * a browser: the figure is when the storefront serves the change, not how fast a busy test machine
 * renders it (the caller checks the rendered page once it is served).
 */
export async function firstResponseContaining(
  url: string,
  text: string,
  deadline: number,
): Promise<number> {
  let status = 0
  while (Date.now() < deadline) {
    const response = await fetch(url)
    status = response.status
    const html = await response.text()
    if (status === 200 && html.includes(text)) return Date.now()
  }
  throw new Error(`GET ${url} never served ${JSON.stringify(text)} (last status ${status})`)
}

/**
 * Lets the test storefront stand in for the site the Studio links to (a build-time setting,
 * `SANITY_STUDIO_SITE_URL`): a tab the Studio page opens on another origin gets its document and
 * static files from `storefrontUrl`. Anything else that tab asks its origin for (prefetches, API
 * calls) is aborted, so nothing of it is in flight once it has loaded.
 */
export async function serveSiteFrom(
  context: BrowserContext,
  studioUrl: string,
  storefrontUrl: string,
): Promise<void> {
  const studioOrigin = new URL(studioUrl).origin
  let siteOrigin: string | undefined
  await context.route('**/*', async (route) => {
    const request = route.request()
    const url = new URL(request.url())
    if (url.origin === studioOrigin) return route.fallback()
    if (request.isNavigationRequest()) siteOrigin = url.origin
    if (url.origin !== siteOrigin) return route.fallback()
    if (!request.isNavigationRequest() && !url.pathname.startsWith('/_next/static/'))
      return route.abort('blockedbyclient')
    const response = await route.fetch({ url: `${storefrontUrl}${url.pathname}${url.search}` })
    return route.fulfill({ response })
  })
}
