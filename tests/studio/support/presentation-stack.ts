import type { Browser } from 'playwright-core'
import { launchChromium } from '../../support/browser'
import { startTestLake, type StudioLake } from '../../support/lake'
import { STUDIO_DIST } from '../../support/paths'
import { freePort } from '../../support/ports'
import { startStorefront, type Storefront } from '../../support/storefront'

export interface PresentationStack {
  lake: StudioLake
  web: Storefront
  browser: Browser
  close(): Promise<void>
}

/**
 * Like `startStudioStack`, but the storefront is started with `STUDIO_ORIGINS` set to the origin the
 * lake serves its Studio from (a free port, known only once the lake runs), as a deployment would:
 * the policy that lets Presentation frame the site is the one `next start` was given.
 */
export async function startPresentationStack(): Promise<PresentationStack> {
  const port = await freePort()
  const lake = await startTestLake({
    studioDir: STUDIO_DIST,
    webhookUrl: `http://127.0.0.1:${port}/api/revalidate`,
  })
  const closers: (() => Promise<void>)[] = [() => lake.close()]
  const close = async () => {
    for (const closeOne of closers.reverse()) await closeOne()
  }
  try {
    const env = { STUDIO_ORIGINS: new URL(lake.studioUrl).origin }
    const web = await startStorefront({ port, lake, env })
    closers.push(() => web.close())
    const browser = await launchChromium({ extraArgs: ['--ignore-certificate-errors'] })
    closers.push(() => browser.close())
    return { lake, web, browser, close }
  } catch (error) {
    await close()
    throw error
  }
}
