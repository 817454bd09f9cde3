import type { Page } from 'playwright-core'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `Nov 30, 2026 10:11` in UTC (the page's time zone): what the releases tool's date input takes. */
export function releaseDateInput(at: number): string {
  const d = new Date(at)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** The first whole minute at least `ms` away: the releases tool's inputs have minute precision. */
export function wholeMinuteAhead(ms: number): number {
  return Math.ceil((Date.now() + ms) / 60_000) * 60_000
}

/**
 * Creates an "At time" release from the Releases tool and resolves with its id, once the Studio
 * shows the new release (its page, with the release as the perspective).
 */
export async function createTimedRelease(
  page: Page,
  studioUrl: string,
  title: string,
  at: number,
): Promise<string> {
  await page.goto(`${studioUrl}/releases`)
  // The list's header and its empty state may both offer it; both are disabled until permissions load.
  await page.locator('button:enabled', { hasText: 'New release' }).first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByTestId('release-form-title').fill(title)
  await dialog.locator('button', { hasText: 'As soon as possible' }).click()
  await page.getByRole('menuitem', { name: 'At time' }).click()
  await dialog.getByTestId('date-input').fill(releaseDateInput(at))
  // The input takes its value on blur (Enter would submit the form first).
  await dialog.getByTestId('release-form-title').click()
  await dialog.getByTestId('submit-release-button').click()
  await page.waitForURL(/\/releases\/r[\w-]+\?/)
  const id = /\/releases\/(r[\w-]+)\?/.exec(page.url())?.[1]
  if (!id) throw new Error(`No release id in ${page.url()}`)
  return id
}

/** Adds the document found by `search` (its list title matching `option`) to the open release. */
export async function addDocumentToRelease(
  page: Page,
  search: string,
  option: RegExp,
): Promise<void> {
  await page.getByRole('button', { name: 'Add document' }).click()
  await page.keyboard.type(search)
  await page.getByRole('option', { name: option }).click()
  await page.getByTestId('document-table-card').getByTestId('table-row').first().waitFor()
}

/** Schedules the open release for `at` in its confirmation dialog; resolves once the Studio says so. */
export async function scheduleOpenRelease(page: Page, at: number): Promise<void> {
  await page.getByTestId('schedule-button').click()
  const dialog = page.getByTestId('confirm-schedule-dialog')
  const input = dialog.getByTestId('date-input')
  await input.fill(releaseDateInput(at))
  await input.press('Tab')
  const shown = await input.inputValue()
  if (shown !== releaseDateInput(at))
    throw new Error(`The schedule dialog took "${shown}", not ${releaseDateInput(at)}`)
  await dialog.getByTestId('confirm-button').click()
  await page
    .getByText(/release was scheduled/)
    .first()
    .waitFor()
}
