import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startStack, type Stack } from '../support/stack'

const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
})

afterAll(async () => {
  await stack?.close()
})

function expectHardened(response: Response): void {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  const csp = response.headers.get('content-security-policy') ?? ''
  // Local mode (no project id): the site itself and the local Studio may frame it, nobody else.
  expect(csp).toContain("frame-ancestors 'self' https://localhost:3333")
  expect(csp).toContain("object-src 'none'")
  expect(csp).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/)
  // X-Frame-Options cannot name the Studio; it is left out rather than contradicting the CSP.
  expect(response.headers.get('x-frame-options')).toBeNull()
}

describe('security headers under next start', () => {
  it('are sent with the home page, an article and a 404', async () => {
    for (const [path, status] of [
      ['/', 200],
      [ARTICLE, 200],
      ['/no/such/page', 404],
    ] as const) {
      const response = await fetch(`${stack.web.url}${path}`)
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
