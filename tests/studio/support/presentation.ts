import type { Frame, FrameLocator, Page } from 'playwright-core'

/** Opens Presentation on a document with the storefront page `previewUrl` beside its form. */
export async function openPresentation(
  page: Page,
  studioUrl: string,
  document: { type: string; id: string },
  previewUrl: string,
): Promise<FrameLocator> {
  const search = new URLSearchParams({ preview: previewUrl })
  await page.goto(`${studioUrl}/presentation/${document.type}/${document.id}?${search}`)
  const frame = page.frameLocator('iframe')
  // The bar renders only in draft mode: the handshake went through and the frame was allowed.
  await frame.getByText('Exit preview').waitFor({ timeout: 60_000 })
  return frame
}

/** What a shopper without cookies gets for `url`: the `<h1>` text and Next's cache verdict. */
export async function shopperView(
  url: string,
): Promise<{ title: string | undefined; cache: string | null }> {
  const response = await fetch(url)
  const html = await response.text()
  return {
    title: /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1],
    cache: response.headers.get('x-nextjs-cache'),
  }
}

/**
 * Resolves once the preview talks to Presentation: VisualEditing draws overlays only once it is
 * connected, and edits made before that reach the preview only with the next edit.
 */
export async function previewConnected(preview: FrameLocator, timeoutMs = 60_000): Promise<void> {
  const overlay = preview.locator('[data-sanity-overlay-element]').first()
  const deadline = Date.now() + timeoutMs
  // Hovered again until it shows: a hover before the connection (slow on a loaded machine), or
  // before a re-render the live preview makes, draws nothing.
  for (;;) {
    await preview.locator('h1').hover()
    try {
      await overlay.waitFor({ state: 'attached', timeout: 2_000 })
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
    }
  }
}

/** The preview iframe's frame (the storefront at `webUrl`), to run code in it. */
export async function previewFrame(page: Page, webUrl: string): Promise<Frame> {
  const element = await page.locator('iframe').elementHandle()
  const frame = await element?.contentFrame()
  if (!frame?.url().startsWith(webUrl)) throw new Error(`no preview of ${webUrl} is open`)
  return frame
}

/** The names of the live preview's performance marks in the frame (see use-live-refresh). */
export function liveMarks(frame: Frame): Promise<string[]> {
  return frame.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .map((mark) => mark.name)
      .filter((name) => name.startsWith('live-preview:')),
  )
}

/**
 * Resolves once a server render showing `value` for `field` was committed in the preview (the
 * `live-preview:server-text` mark LiveText sets), i.e. the page's own render caught up with the
 * live text.
 */
export async function serverRendered(
  frame: Frame,
  field: string,
  value: string,
  timeoutMs = 30_000,
): Promise<void> {
  await frame.waitForFunction(
    ({ name, wanted }) =>
      performance.getEntriesByName(name, 'mark').some((mark) => {
        const detail: unknown = mark instanceof PerformanceMark ? mark.detail : undefined
        return (
          typeof detail === 'object' &&
          detail !== null &&
          Reflect.get(detail, 'field') === wanted.field &&
          Reflect.get(detail, 'value') === wanted.value
        )
      }),
    { name: 'live-preview:server-text', wanted: { field, value } },
    { timeout: timeoutMs },
  )
}
