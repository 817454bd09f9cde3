import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { RESULTS_DIR } from '../../support/paths'

export const STUDIO_RESULTS = join(RESULTS_DIR, 'studio')

/** Saves a screenshot of `page` as tests/test-results/studio/<name>.png (a test artifact). */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(STUDIO_RESULTS, { recursive: true })
  await page.screenshot({ path: join(STUDIO_RESULTS, `${name}.png`), ...options })
}

/** Runs `steps`; if they fail, saves `<name>-failure.png` before rethrowing, to show where it stopped. */
export async function screenshotOnFailure(
  page: Page,
  name: string,
  steps: () => Promise<void>,
): Promise<void> {
  try {
    await steps()
  } catch (error) {
    // The failure itself is what the test reports; a screenshot that cannot be taken must not replace it.
    await screenshot(page, `${name}-failure`).catch(() => undefined)
    throw error
  }
}
