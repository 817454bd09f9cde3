/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { PHASE_PRODUCTION_SERVER } from 'next/constants'
import nextConfig from '../../../next.config'
import {
  FIXED_SECURITY_HEADERS,
  LOCAL_STUDIO_ORIGIN,
  contentSecurityPolicy,
  securityHeaders,
  securityOptions,
} from '../headers'

const header = (entries: { key: string; value: string }[], key: string) =>
  entries.find((entry) => entry.key === key)?.value

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))

describe('security headers', () => {
  it('lets the local Studio frame the site in local mode, and sends no contradicting X-Frame-Options', () => {
    const headers = securityHeaders(securityOptions({}))
    const csp = header(headers, 'Content-Security-Policy') ?? ''
    expect(directive(csp, 'frame-ancestors')).toBe(`frame-ancestors 'self' ${LOCAL_STUDIO_ORIGIN}`)
    expect(header(headers, 'X-Frame-Options')).toBeUndefined()
    expect(header(headers, 'X-Content-Type-Options')).toBe('nosniff')
    expect(header(headers, 'Referrer-Policy')).toBe('strict-origin-when-cross-origin')
  })

  it('refuses every other origin with a hosted project and no Studio configured', () => {
    const headers = securityHeaders(securityOptions({ SANITY_PROJECT_ID: 'abc123' }))
    const csp = header(headers, 'Content-Security-Policy') ?? ''
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'self'")
    expect(header(headers, 'X-Frame-Options')).toBe('SAMEORIGIN')
    expect(directive(csp, 'img-src')).toBe("img-src 'self' data: https://cdn.sanity.io")
  })

  it('takes the Studio origins from STUDIO_ORIGINS, or none', () => {
    const hosted = securityOptions({
      SANITY_PROJECT_ID: 'abc123',
      STUDIO_ORIGINS: 'https://shop.sanity.studio, https://studio.example:8443',
    })
    expect(hosted.frameAncestors).toEqual([
      'https://shop.sanity.studio',
      'https://studio.example:8443',
    ])
    expect(securityOptions({ STUDIO_ORIGINS: 'none' }).frameAncestors).toEqual([])
  })

  it('rejects a Studio value that is not an origin (no paths, no wildcards, no keywords)', () => {
    for (const value of ['https://studio.example/path', '*', "'unsafe-inline'", 'javascript:x'])
      expect(() => securityOptions({ STUDIO_ORIGINS: value })).toThrow(/STUDIO_ORIGINS/)
  })

  it('keeps scripts to the site itself and never allows eval outside development', () => {
    const production = contentSecurityPolicy(securityOptions({}))
    expect(directive(production, 'script-src')).toBe("script-src 'self' 'unsafe-inline'")
    expect(directive(production, 'object-src')).toBe("object-src 'none'")
    expect(directive(production, 'base-uri')).toBe("base-uri 'self'")
    expect(directive(production, 'img-src')).toContain('https://127.0.0.1:3334')
    const dev = contentSecurityPolicy(securityOptions({ NODE_ENV: 'development' }))
    expect(directive(dev, 'script-src')).toContain("'unsafe-eval'")
  })

  it('leaves only the fixed headers to next.config.ts: the policy is not baked in at build', async () => {
    const rules = (await nextConfig(PHASE_PRODUCTION_SERVER).headers?.()) ?? []
    expect(rules).toHaveLength(1)
    expect(rules[0]?.source).toBe('/:path*')
    expect(rules[0]?.headers).toEqual(FIXED_SECURITY_HEADERS)
    expect(header(rules[0]?.headers ?? [], 'Content-Security-Policy')).toBeUndefined()
  })
})
