import type { Locator, Page } from 'playwright-core'

const PROBLEMS = 'aside[data-ui="DocumentInspectorPanel"] button[data-tone="critical"]'

/** The problems the document's Validation panel lists, e.g. "Author Required". */
export function validationProblems(page: Page): Locator {
  return page.locator(PROBLEMS)
}

/**
 * Opens the Validation panel and waits until it lists exactly `expected` (validation runs
 * asynchronously after every edit); fails with what it lists instead.
 */
export async function expectValidationProblems(page: Page, expected: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Validation' }).click()
  const texts = () =>
    validationProblems(page).evaluateAll((items) =>
      items.map((item) => (item as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    )
  try {
    await page.waitForFunction(
      ({ selector, wanted }) => {
        const listed = [...document.querySelectorAll<HTMLElement>(selector)].map((item) =>
          item.innerText.replace(/\s+/g, ' ').trim(),
        )
        return JSON.stringify(listed) === JSON.stringify(wanted)
      },
      { selector: PROBLEMS, wanted: expected },
    )
  } catch (error) {
    throw new Error(
      `The Validation panel lists ${JSON.stringify(await texts())}, expected ${JSON.stringify(expected)}`,
      { cause: error },
    )
  }
}
