import { chromium, type Browser, type Page } from 'playwright-core'
import { CHROMIUM } from '../../support/paths'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** The system Chromium, headless, offline by flags, accepting the lake's self-signed certificate. */
export function launchStudioBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors',
    ],
  })
}

/**
 * A page in a fresh context (UTC, so typed dates mean what the test computed) that reaches only
 * loopback hosts: the built Studio asks sanity.io and sanity-cdn.com for scripts, fonts and
 * versions, and nothing may wait on the network.
 */
export async function offlinePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    timezoneId: 'UTC',
    viewport: { width: 1400, height: 900 },
  })
  context.setDefaultTimeout(30_000)
  await context.route('**/*', (route) =>
    LOOPBACK.has(new URL(route.request().url()).hostname)
      ? route.continue()
      : route.abort('blockedbyclient'),
  )
  return context.newPage()
}
