/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { parseEnv } from '../../env'

describe('parseEnv', () => {
  it('defaults to the local Content Lake when nothing is set', () => {
    expect(parseEnv({})).toMatchObject({
      localMode: true,
      projectId: 'local',
      dataset: 'production',
      apiHost: 'https://127.0.0.1:3334',
      siteUrl: 'http://localhost:3000',
      isBuild: false,
    })
  })

  it("reads Sanity's hosted lake when a project is configured", () => {
    const env = parseEnv({
      SANITY_PROJECT_ID: 'abc123',
      SANITY_DATASET: 'staging',
      SANITY_API_READ_TOKEN: 'sk-viewer-token',
    })
    expect(env).toMatchObject({
      localMode: false,
      projectId: 'abc123',
      dataset: 'staging',
      apiHost: undefined,
    })
    expect(env.readToken).toBe('sk-viewer-token')
  })

  it('treats empty variables as unset and trims a trailing slash', () => {
    expect(parseEnv({ SANITY_PROJECT_ID: '', SITE_URL: 'https://shop.example/' })).toMatchObject({
      localMode: true,
      siteUrl: 'https://shop.example',
    })
  })

  it('names every invalid variable in one error', () => {
    expect(() =>
      parseEnv({
        SANITY_PROJECT_ID: 'Not Valid!',
        CONTENT_LAKE_URL: 'ftp://x',
        SANITY_WEBHOOK_SECRET: 'short',
      }),
    ).toThrow(
      /SANITY_PROJECT_ID[\s\S]*SANITY_WEBHOOK_SECRET[\s\S]*CONTENT_LAKE_URL|SANITY_PROJECT_ID[\s\S]*CONTENT_LAKE_URL[\s\S]*SANITY_WEBHOOK_SECRET/,
    )
  })

  it('requires a read token when comments can be stored, since only a token can read them back', () => {
    expect(() => parseEnv({ SANITY_API_WRITE_TOKEN: 'sk-editor-token' })).toThrow(
      /SANITY_API_READ_TOKEN: required when SANITY_API_WRITE_TOKEN is set/,
    )
    expect(
      parseEnv({
        SANITY_API_WRITE_TOKEN: 'sk-editor-token',
        SANITY_API_READ_TOKEN: 'sk-viewer-token',
      }).readToken,
    ).toBe('sk-viewer-token')
  })

  it('reads the caching proxy: every purge URL, and the secret they need', () => {
    const secret = 'p'.repeat(32)
    const proxy = parseEnv({
      PROXY_PURGE_URL: 'http://10.0.0.5:6081/, http://10.0.0.6:6081',
      PROXY_SECRET: secret,
    }).proxy
    expect(proxy).toEqual({ purgeUrls: ['http://10.0.0.5:6081', 'http://10.0.0.6:6081'], secret })
    expect(parseEnv({}).proxy).toEqual({ purgeUrls: [], secret: undefined })
    expect(() => parseEnv({ PROXY_PURGE_URL: 'http://10.0.0.5:6081' })).toThrow(
      /PROXY_SECRET: required when PROXY_PURGE_URL is set/,
    )
    expect(() => parseEnv({ PROXY_PURGE_URL: 'ftp://x', PROXY_SECRET: secret })).toThrow(
      /PROXY_PURGE_URL/,
    )
    expect(() => parseEnv({ PROXY_SECRET: 'short' })).toThrow(/PROXY_SECRET: must be 32-256/)
  })

  it('reads how long the webhook coalesces deliveries, refusing what the lake would time out on', () => {
    expect(parseEnv({}).coalesceMs).toBe(15)
    expect(parseEnv({ REVALIDATE_COALESCE_MS: '250' }).coalesceMs).toBe(250)
    expect(parseEnv({ REVALIDATE_COALESCE_MS: '0' }).coalesceMs).toBe(0)
    for (const bad of ['-1', '1001', '2.5', 'soon'])
      expect(() => parseEnv({ REVALIDATE_COALESCE_MS: bad })).toThrow(/REVALIDATE_COALESCE_MS/)
  })

  it('knows when next build is running', () => {
    expect(parseEnv({ NEXT_PHASE: 'phase-production-build' }).isBuild).toBe(true)
  })
})
