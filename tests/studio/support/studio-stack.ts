import type { Browser, Page } from 'playwright-core'
import { launchChromium, loopbackOnlyPage } from '../../support/browser'
import type { StudioLake } from '../../support/lake'
import { STUDIO_DIST } from '../../support/paths'
import { startStack } from '../../support/stack'
import type { Storefront } from '../../support/storefront'

export interface StudioStack {
  lake: StudioLake
  web: Storefront
  browser: Browser
  /**
   * A page in a fresh context (UTC, so typed dates mean what the test computed) that reaches only
   * loopback hosts: the built Studio asks sanity.io and sanity-cdn.com for scripts, fonts and
   * versions, and nothing may wait on the network.
   */
  newPage(): Promise<Page>
  close(): Promise<void>
}

/** A page for the Studio: loopback only, the lake's self-signed certificate, UTC, a desktop size. */
export async function studioPage(browser: Browser): Promise<Page> {
  const page = await loopbackOnlyPage(browser, {
    ignoreHTTPSErrors: true,
    timezoneId: 'UTC',
    viewport: { width: 1400, height: 900 },
  })
  page.context().setDefaultTimeout(30_000)
  return page
}

/**
 * The built Studio served by a fresh seeded lake, the built storefront (`next start`) reading that
 * lake and receiving its webhook, and a Chromium that accepts the lake's self-signed certificate.
 * The Jest global setup builds all three (`studioDir`: another built Studio, e.g. the releases one).
 */
export async function startStudioStack(): Promise<StudioStack> {
  const servers = await startStack({ studioDir: STUDIO_DIST })
  const { lake, web } = servers
  const closeServers = () => servers.close()
  let browser: Browser
  try {
    browser = await launchChromium({ extraArgs: ['--ignore-certificate-errors'] })
  } catch (error) {
    await closeServers()
    throw error
  }
  return {
    lake,
    web,
    browser,
    newPage: () => studioPage(browser),
    async close() {
      await browser.close()
      await closeServers()
    },
  }
}
