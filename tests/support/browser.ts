import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { findBrowser } from '../../scripts/lib/browser.mjs'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** The browser the tests drive (see scripts/lib/browser.mjs); throws how to get one if there is none. */
export function browserPath(): string {
  const found = findBrowser()
  if (found.path === undefined) throw new Error(found.problem)
  return found.path
}

/**
 * The system Chromium, headless, with nothing that reaches the network on its own. `extraArgs`
 * are added to its command line (e.g. `--ignore-certificate-errors` for the lake's certificate).
 */
export function launchChromium(options: { extraArgs?: string[] } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: browserPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.extraArgs ?? []),
    ],
  })
}

/**
 * A page in a fresh context that reaches only loopback hosts: every other request is aborted, so
 * nothing a page asks of the internet (scripts, fonts, version checks) can be waited on.
 */
export async function loopbackOnlyPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext(options)
  await context.route('**/*', (route) =>
    LOOPBACK.has(new URL(route.request().url()).hostname)
      ? route.continue()
      : route.abort('blockedbyclient'),
  )
  return context.newPage()
}
