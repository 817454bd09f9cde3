import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../support/browser'
import { WEB_DIR } from '../support/paths'
import { startStack, type Stack } from '../support/stack'
import { ARTICLE } from './comment-page'

jest.mock('server-only', () => ({}))
// After the mock: the key derivation the storefront uses, to look for the derived key too.
const { deriveKey } = jest.requireActual<
  typeof import('../../apps/web/features/comments/server/keys')
>('../../apps/web/features/comments/server/keys')

const SIGNING_SECRET = randomBytes(30).toString('base64url')
const SECRET_VARIABLES = [
  'SANITY_API_WRITE_TOKEN',
  'SANITY_API_READ_TOKEN',
  'SANITY_WEBHOOK_SECRET',
  'COMMENTS_SIGNING_SECRET',
]

let stack: Stack
let browser: Browser

beforeAll(async () => {
  stack = await startStack({ webEnv: { COMMENTS_SIGNING_SECRET: SIGNING_SECRET } })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await stack?.close()
})

/** Every secret the storefront holds, in every encoding it could leak in. */
function secrets(): Record<string, string> {
  const derived = deriveKey(SIGNING_SECRET, 'render-token')
  return {
    'write token': stack.lake.tokens.editor,
    'read token': stack.lake.tokens.viewer,
    'webhook secret': stack.lake.webhookSecret,
    'comments signing secret': SIGNING_SECRET,
    'render-token key (hex)': derived.toString('hex'),
    'render-token key (base64)': derived.toString('base64'),
    'render-token key (base64url)': derived.toString('base64url'),
  }
}

function leaks(text: string, where: string): string[] {
  return Object.entries(secrets())
    .filter(([, value]) => text.includes(value))
    .map(([name]) => `${name} in ${where}`)
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

describe('secrets never reach a browser', () => {
  it('are in nothing the browser receives for an article with its comment form', async () => {
    const page = await browser.newPage()
    const bodies: Promise<{ url: string; text: string }>[] = []
    page.on('response', (response) => {
      bodies.push(
        response.text().then(
          (text) => ({ url: response.url(), text }),
          () => ({ url: response.url(), text: '' }),
        ),
      )
    })
    const token = page.waitForResponse((response) =>
      response.url().includes('/api/comments/token?'),
    )
    await page.goto(`${stack.web.url}${ARTICLE.path}`)
    await page.locator('form[novalidate]').waitFor()
    expect((await token).status()).toBe(200)
    const rsc = await fetch(`${stack.web.url}${ARTICLE.path}`, { headers: { rsc: '1' } }).then(
      (response) => response.text(),
    )
    const received = [...(await Promise.all(bodies)), { url: 'the RSC payload', text: rsc }]
    // The scan reads what the browser got: the form and its signed time (public by design).
    expect(received.some(({ text }) => text.includes('name="renderedAt"'))).toBe(true)
    expect(received.some(({ text }) => /"renderedAt":"\d{13}\./.test(text))).toBe(true)
    expect(received.flatMap(({ url, text }) => leaks(text, url))).toEqual([])
    await page.close()
  })

  it('are in no built client bundle, which do not even name the secret variables', () => {
    const files = filesUnder(join(WEB_DIR, '.next/static')).filter((file) =>
      /\.(js|css|json|txt|html|map)$/.test(file),
    )
    expect(files.length).toBeGreaterThan(0)
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return [
        ...leaks(text, file),
        ...SECRET_VARIABLES.filter((name) => text.includes(name)).map(
          (name) => `${name} named in ${file}`,
        ),
      ]
    })
    expect(found).toEqual([])
  })
})
