import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startStack, type Stack } from '../support/stack'

const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
// Not the origin the shared build was made with (local mode's https://localhost:3333): the
// policy must come from the environment of `next start`.
const RUNTIME_STUDIO = 'https://studio.example:4444'

let stack: Stack

beforeAll(async () => {
  stack = await startStack({ webEnv: { STUDIO_ORIGINS: RUNTIME_STUDIO } })
})

afterAll(async () => {
  await stack?.close()
})

function expectHardened(response: Response): void {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  const csp = response.headers.get('content-security-policy') ?? ''
  // The site itself and the Studio this server was started with may frame it, nobody else.
  expect(csp).toMatch(new RegExp(`frame-ancestors 'self' ${RUNTIME_STUDIO}(;|$)`))
  expect(csp).toContain("object-src 'none'")
  expect(csp).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/)
  // X-Frame-Options cannot name the Studio; it is left out rather than contradicting the CSP.
  expect(response.headers.get('x-frame-options')).toBeNull()
}

describe('security headers under next start', () => {
  it('are sent with the home page, an article, a 404, a redirect and the search', async () => {
    for (const [path, status] of [
      ['/', 200],
      [ARTICLE, 200],
      ['/no/such/page', 404],
      ['/?page=1', 308],
      ['/search?q=back', 200],
    ] as const) {
      const response = await fetch(`${stack.web.url}${path}`, { redirect: 'manual' })
      await response.arrayBuffer()
      expect({ path, status: response.status }).toEqual({ path, status })
      expectHardened(response)
    }
  })

  it('refuses an oversized webhook body with 413 before checking its signature', async () => {
    const response = await fetch(`${stack.web.url}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': 't=1,v1=x' },
      body: JSON.stringify({ _id: 'x', _type: 'deal', pad: 'x'.repeat(100_000) }),
    })
    expect(response.status).toBe(413)
  })

  it('refuses a replayed (old) signature with 401', async () => {
    const { encodeSignatureHeader } = await import('@sanity/webhook')
    const body = JSON.stringify({ _id: 'x', _type: 'deal' })
    const signature = await encodeSignatureHeader(
      body,
      Date.now() - 60 * 60 * 1000,
      stack.lake.webhookSecret,
    )
    const response = await fetch(`${stack.web.url}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signature },
      body,
    })
    expect(response.status).toBe(401)
  })
})
