import type { Locator, Page } from 'playwright-core'

/** Opens the Studio and resolves once the desk is shown (the local session was granted). */
export async function openStudio(page: Page, studioUrl: string): Promise<void> {
  await page.goto(`${studioUrl}/structure`)
  // The first load compiles nothing but fetches the session, schema-driven lists and listeners.
  await page.getByTestId('pane-item-Articles').waitFor({ timeout: 60_000 })
}

/** Clicks desk items in order, e.g. `openPane(page, 'Deals', 'Live now')`. */
export async function openPane(page: Page, ...titles: string[]): Promise<void> {
  for (const title of titles) await page.getByTestId(`pane-item-${title}`).click()
}

/** Starts a new document from the open list pane's "create" button (aria-label = the type's title). */
export async function createFromList(page: Page, typeTitle: string): Promise<void> {
  await page.locator(`a[data-testid="action-intent-button"][aria-label="${typeTitle}"]`).click()
  await page.getByTestId('document-pane').waitFor()
}

/** The open document's Publish button. */
export function publishButton(page: Page): Locator {
  return page.getByTestId('action-publish')
}

/** The same button, matched only while it is enabled (Playwright's `:enabled`). */
export function enabledPublishButton(page: Page): Locator {
  return page.locator('[data-testid="action-publish"]:enabled')
}

/** The toast the Studio shows once a publish has gone through: "<title> was published". */
export function publishedToast(page: Page): Locator {
  return page.getByText(/was published/).first()
}

export interface PublishTimes {
  /** Just before the click on Publish. */
  clickedAt: number
  /** When the "was published" toast appeared. */
  confirmedAt: number
}

/**
 * Resolves once the open document has no unsaved edits and Publish is enabled. While an edit is
 * being saved the Studio disables Publish for a moment, so a click that lands then is ignored.
 */
export async function readyToPublish(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const footer = document.querySelector('[data-testid="pane-footer"]')
    const button = document.querySelector<HTMLButtonElement>('[data-testid="action-publish"]')
    return footer !== null && !/Saving/.test(footer.textContent ?? '') && button?.disabled === false
  })
}

/** Waits until the document can be published, clicks Publish, and resolves once the Studio confirms it. */
export async function publish(page: Page): Promise<PublishTimes> {
  await readyToPublish(page)
  const clickedAt = Date.now()
  await publishButton(page).click()
  await publishedToast(page).waitFor()
  return { clickedAt, confirmedAt: Date.now() }
}

/** Types into a reference field's search box and picks the option whose text matches `option`. */
export async function pickReference(
  page: Page,
  input: Locator,
  search: string,
  option: RegExp,
): Promise<void> {
  await input.fill(search)
  // Each reference input owns the listbox `<its id>-listbox`; array items have ids like `categories[_key=="…"]`.
  const id = `${(await input.getAttribute('id')) ?? ''}-listbox`
  const listbox = page.locator(`[role="listbox"][id="${id.replace(/["\\]/g, '\\$&')}"]`)
  await listbox.getByRole('option', { name: option }).click()
}
