import type { Browser } from 'playwright-core'
import { freePort } from '../../support/ports'
import { startStorefront, type Storefront } from '../../support/storefront'
import { launchStudioBrowser } from './studio-browser'
import { ensureStudioBuilt } from './studio-build'
import { startStudioLake, type StudioLake } from './studio-lake'

export interface StudioStack {
  lake: StudioLake
  web: Storefront
  browser: Browser
  close(): Promise<void>
}

/**
 * The built Studio served by a fresh seeded lake, the built storefront (`next start`) reading that
 * lake and receiving its webhook, and a Chromium to drive them. The Jest global setup builds the
 * storefront and the lake; the Studio is built here if it is missing or stale.
 */
export async function startStudioStack(): Promise<StudioStack> {
  ensureStudioBuilt()
  const port = await freePort()
  const lake = await startStudioLake(`http://127.0.0.1:${port}/api/revalidate`)
  const started: { web?: Storefront; browser?: Browser } = {}
  const close = async () => {
    await started.browser?.close()
    await started.web?.close()
    await lake.close()
  }
  try {
    started.web = await startStorefront({ port, lake })
    started.browser = await launchStudioBrowser()
    return { lake, web: started.web, browser: started.browser, close }
  } catch (error) {
    await close()
    throw error
  }
}
