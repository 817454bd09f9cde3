import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { screenshot, screenshotOnFailure } from './support/artifacts'
import {
  createFromList,
  enabledPublishButton,
  openPane,
  openStudio,
  pickReference,
  publishButton,
} from './support/desk'
import { expectValidationProblems, validationProblems } from './support/validation'
import { startStudioStack, type StudioStack } from './support/studio-stack'

const SLUG = 'core-work-without-crunches'

let stack: StudioStack
let studio: Page

beforeAll(async () => {
  stack = await startStudioStack()
  studio = await stack.newPage()
  await openStudio(studio, stack.lake.studioUrl)
}, 240_000)

afterAll(async () => {
  await stack?.close()
})

/** An article complete but for its author (a required field). */
async function writeArticleWithoutAuthor(page: Page): Promise<void> {
  await openPane(page, 'Articles', 'All articles')
  await createFromList(page, 'Article')
  await page.getByTestId('group-tab-all-fields').click()
  await page.locator('#title').fill('Core Work Without Crunches')
  await page.getByRole('button', { name: 'Generate' }).click()
  await page
    .locator('#excerpt')
    .fill('Three floor exercises that build a steady core without straining your neck.')
  await page.locator('.pt-editable').click()
  await page.keyboard.type('Start on your back with your knees bent.')
  await page.locator('#excerpt').click() // leave the body editor so it hands its text to the form
}

describe('an article missing a required field', () => {
  it('cannot be published, and the form says which field and why', async () => {
    await screenshotOnFailure(studio, 'article-validation', async () => {
      await writeArticleWithoutAuthor(studio)
      // The one problem listed: everything else the form asks for is there.
      await expectValidationProblems(studio, ['Author Required'])
      await expect(
        studio.getByTestId('input-validation-icon-error').first().isVisible(),
      ).resolves.toBe(true)
      await expect(publishButton(studio).isDisabled()).resolves.toBe(true)
      await publishButton(studio).hover()
      await studio
        .getByText(
          'There are validation errors that need to be fixed before this document can be published',
        )
        .waitFor()
      await screenshot(studio, 'article-validation-1-blocked')
      const published = await stack.lake.api.query<unknown[]>(
        '*[_type == "article" && slug.current == $slug]',
        { slug: SLUG },
      )
      expect(published).toEqual([])

      // Naming the author is all it takes.
      await pickReference(studio, studio.locator('#author'), 'Maya', /Maya Ortiz/)
      await enabledPublishButton(studio).waitFor()
      await validationProblems(studio).first().waitFor({ state: 'detached' })
      await screenshot(studio, 'article-validation-2-fixed')
    })
  })
})
