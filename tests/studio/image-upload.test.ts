import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { screenshot, screenshotOnFailure } from './support/artifacts'
import { openStudio, publish } from './support/desk'
import { startStudioStack, type StudioStack } from './support/studio-stack'
import { firstResponseContaining, loadPage } from './support/storefront-pages'

const ID = 'article-lower-back-pain-after-exercise'
const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const ALT = 'A diagonal gradient from purple to yellow'

let stack: StudioStack
let studio: Page
let shop: Page

beforeAll(async () => {
  stack = await startStudioStack()
  studio = await stack.newPage()
  shop = await stack.newPage()
  await openStudio(studio, stack.lake.studioUrl)
}, 240_000)

afterAll(async () => {
  await stack?.close()
})

/** A JPEG drawn by the browser (a purple-to-yellow diagonal gradient), so the upload is new bytes. */
async function gradientJpeg(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 1400
    canvas.height = 900
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d context')
    const gradient = context.createLinearGradient(0, 0, 1400, 900)
    gradient.addColorStop(0, '#6a0dad')
    gradient.addColorStop(1, '#ffd400')
    context.fillStyle = gradient
    context.fillRect(0, 0, 1400, 900)
    return canvas.toDataURL('image/jpeg', 0.9).split(',')[1] ?? ''
  })
  return Buffer.from(base64, 'base64')
}

/** Replaces the hero image through the field's menu and the file picker. */
async function uploadHero(page: Page, jpeg: Buffer): Promise<void> {
  // The hero is the form's first image input; its menu holds "Upload" (a file picker) and "Select".
  const field = page.getByTestId('image-input').first()
  await field.getByTestId('options-menu-button').click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: /Upload/ }).click()
  await (await chooser).setFiles({ name: 'gradient.jpg', mimeType: 'image/jpeg', buffer: jpeg })
}

describe('an editor uploads a hero image in the Studio', () => {
  it('stores it as an asset and shows it on the storefront, responsive, sized and described', async () => {
    const jpeg = await gradientJpeg(studio)
    // Warm the cached article page (a seconds-old `next start` renders its first pages slowly); the
    // publish must expire it.
    await loadPage(shop, `${stack.web.url}${ARTICLE}`)
    let assetId = ''
    await screenshotOnFailure(studio, 'image-upload', async () => {
      await studio.goto(`${stack.lake.studioUrl}/intent/edit/id=${ID};type=article`)
      await studio.getByTestId('image-input').first().waitFor({ timeout: 60_000 })
      await uploadHero(studio, jpeg)
      // Bounded wait for the upload to be stored (asset documents are public, like on Sanity).
      for (let i = 0; i < 100 && !assetId; i++) {
        const [id] = await stack.lake.api.query<string[]>(
          '*[_type == "sanity.imageAsset" && originalFilename == "gradient.jpg"]._id',
        )
        if (id) assetId = id
        else await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(assetId).toMatch(/^image-[a-f0-9]{40}-1400x900-jpg$/)
      await studio.getByTestId('field-heroImage.alt').locator('input').fill(ALT)
      await screenshot(studio, 'image-upload-1-uploaded')
      await publish(studio)
      await screenshot(studio, 'image-upload-2-published')
    })
    const published = Date.now()
    const sha1 = assetId.split('-')[1] ?? ''
    const served = await firstResponseContaining(
      `${stack.web.url}${ARTICLE}`,
      sha1,
      published + 20_000,
    )
    // The target is "within a second": printed, not asserted (the machine is shared and
    // noisy). The bound proves the webhook expired the page: its cache life is an hour.
    console.log(
      `image upload: the storefront served the new hero ${served - published} ms after the publish`,
    )
    expect(served - published).toBeLessThan(10_000)

    const [asset] = await stack.lake.api.query<{ originalFilename: string; lqip: string }[]>(
      '*[_id == $id]{originalFilename, "lqip": metadata.lqip}',
      { id: assetId },
    )
    expect(asset?.originalFilename).toBe('gradient.jpg')
    expect(asset?.lqip).toMatch(/^data:image\/jpeg;base64,/)

    await loadPage(shop, `${stack.web.url}${ARTICLE}`)
    const hero = shop.locator('header img').first()
    await expect(hero.getAttribute('alt')).resolves.toBe(ALT)
    await expect(hero.getAttribute('width')).resolves.toBe('960')
    await expect(hero.getAttribute('height')).resolves.toBe(String(Math.round((960 * 900) / 1400)))
    await expect(hero.getAttribute('srcset')).resolves.toContain(`${sha1}-1400x900.jpg`)
    await hero.evaluate(
      (img: HTMLImageElement) =>
        new Promise((resolve) => (img.complete ? resolve(null) : (img.onload = resolve))),
    )
    await expect(
      hero.evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).resolves.toBeGreaterThan(0)
    await screenshot(shop, 'image-upload-3-storefront')

    // The Studio's asset browser lists uploaded images (it queries sanity.imageAsset documents).
    await screenshotOnFailure(studio, 'image-upload-browse', async () => {
      await studio.getByTestId('image-input').first().getByTestId('options-menu-button').click()
      await studio.getByRole('menuitem', { name: /Select|Browse/ }).click()
      const dialog = studio.getByRole('dialog')
      await dialog.locator(`img[src*="${sha1}"]`).first().waitFor({ timeout: 15_000 })
      // Every asset's thumbnail loads: the upload and the five seed images.
      await studio.waitForFunction(
        () => {
          const images = [...document.querySelectorAll<HTMLImageElement>('[role="dialog"] img')]
          return images.length >= 6 && images.every((img) => img.complete && img.naturalWidth > 0)
        },
        undefined,
        { timeout: 15_000 },
      )
      await screenshot(studio, 'image-upload-4-asset-browser')
    })
  })
})
