import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from './helpers/http'
import { startTestLake, type TestLake } from './helpers/lake'
import { SseReader } from './helpers/sse'

const studioDir = mkdtempSync(join(tmpdir(), 'content-lake-doors-studio-'))
let lake: TestLake

beforeAll(async () => {
  mkdirSync(join(studioDir, 'static'))
  writeFileSync(join(studioDir, 'index.html'), '<!doctype html><title>Studio</title>')
  writeFileSync(join(studioDir, 'static', 'app.js'), 'console.log("studio")')
  lake = await startTestLake({ studioDir, studioPort: 0 })
})

afterAll(async () => {
  await lake.close()
  rmSync(studioDir, { recursive: true, force: true })
})

function expectSecurityHeaders(headers: Headers): void {
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(headers.get('x-frame-options')).toBe('DENY')
  expect(headers.get('content-security-policy')).toBe("frame-ancestors 'none'")
}

describe('security headers', () => {
  test("the Studio's HTML and assets refuse framing and sniffing", async () => {
    const studio = lake.studioUrl ?? ''
    expectSecurityHeaders((await fetch(`${studio}/`)).headers)
    expectSecurityHeaders((await fetch(`${studio}/structure/post`)).headers)
    expectSecurityHeaders((await fetch(`${studio}/static/app.js`)).headers)
  })

  test('API answers, errors and event streams carry them too', async () => {
    expectSecurityHeaders((await request(`${lake.url}/health`)).headers)
    expectSecurityHeaders((await request(`${lake.url}/v2025-02-19/nothing`)).headers)
    const query = await request(`${lake.studioUrl ?? ''}/v2025-02-19/data/query/production?query=1`)
    expectSecurityHeaders(query.headers)
    const reader = await new SseReader().open(
      `${lake.url}/v2025-02-19/data/listen/production?query=*`,
    )
    expect(reader.status).toBe(200)
    reader.close()
  })
})

describe('file permissions', () => {
  test('data and TLS folders are owner-only (0700), their files 0600', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'content-lake-doors-')), 'nested', 'data')
    // The lake makes its own certificate here (no request is made: clients do not trust it).
    const own = await startTestLake({ dataDir, tlsDir: join(dataDir, 'tls') })
    const mode = (path: string): number => statSync(path).mode & 0o777
    try {
      expect(mode(dataDir)).toBe(0o700)
      expect(mode(join(dataDir, 'tls'))).toBe(0o700)
      for (const file of ['lake.sqlite', 'lake.sqlite-wal', 'lake.sqlite-shm', 'lake.pid'])
        expect([file, mode(join(dataDir, file))]).toEqual([file, 0o600])
      for (const file of ['cert.pem', 'key.pem'])
        expect([file, mode(join(dataDir, 'tls', file))]).toEqual([file, 0o600])
    } finally {
      await own.close()
      rmSync(join(dataDir, '..', '..'), { recursive: true, force: true })
    }
  })
})
