import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { h2Get, h2Session, h2Stream } from './helpers/h2'
import { request } from './helpers/http'
import { EDITOR_TOKEN, startTestLake, type TestLake } from './helpers/lake'

const studioDir = mkdtempSync(join(tmpdir(), 'content-lake-studio-'))
let lake: TestLake

beforeAll(async () => {
  mkdirSync(join(studioDir, 'static'))
  writeFileSync(join(studioDir, 'index.html'), '<!doctype html><title>Studio</title>')
  writeFileSync(join(studioDir, 'static', 'sanity-a1b2c3d4.js'), 'console.log("studio")')
  writeFileSync(join(tmpdir(), 'content-lake-secret.txt'), 'secret')
  lake = await startTestLake({ studioDir, studioPort: 0 })
})

afterAll(async () => {
  await lake.close()
  rmSync(studioDir, { recursive: true, force: true })
  rmSync(join(tmpdir(), 'content-lake-secret.txt'), { force: true })
})

describe('HTTP/2', () => {
  test('negotiates h2 over TLS, sends no Connection header and reads the host from :authority', async () => {
    const session = await h2Session(lake.url)
    expect(session.alpnProtocol).toBe('h2')
    const health = await h2Get(session, '/health')
    expect(health.headers[':status']).toBe(200)
    expect(health.headers.connection).toBeUndefined()
    const origin = await h2Get(session, '/health', { origin: lake.url })
    expect(origin.headers['access-control-allow-origin']).toBe(lake.url)
    session.close()
  })

  test('keeps many event streams open on one connection while queries still answer', async () => {
    const session = await h2Session(lake.url)
    const auth = { authorization: `Bearer ${EDITOR_TOKEN}` }
    const streams = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        h2Stream(
          session,
          `/v2025-02-19/data/listen/production?query=${encodeURIComponent(`*[_id == "s-${i}"]`)}`,
          auth,
        ),
      ),
    )
    for (const stream of streams) expect(stream.received()).toMatch(/^id: \d+\nevent: welcome\n/)
    const query = await h2Get(session, '/v2025-02-19/data/query/production?query=count(*)', auth)
    expect(JSON.parse(query.body)).toMatchObject({ result: 0 })
    await lake.client(EDITOR_TOKEN).create({ _id: 's-3', _type: 'x' })
    session.close()
  })
})

describe('the Studio port', () => {
  test('serves the Studio with long-cached hashed assets and an index.html fallback', async () => {
    const url = lake.studioUrl ?? ''
    const index = await fetch(`${url}/`)
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(index.headers.get('cache-control')).toBe('no-cache')
    expect(await index.text()).toContain('<title>Studio</title>')
    const asset = await fetch(`${url}/static/sanity-a1b2c3d4.js`)
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await (await fetch(`${url}/structure/article;abc`)).text()).toContain(
      '<title>Studio</title>',
    )
    expect((await fetch(`${url}/static/missing-123.js`)).status).toBe(404)
    expect((await fetch(`${url}/..%2f..%2fcontent-lake-secret.txt`)).status).toBe(404)
  })

  test('serves the whole API on the same origin, API paths first', async () => {
    const url = lake.studioUrl ?? ''
    expect((await request(`${url}/health`)).json).toEqual({ ok: true })
    expect((await request(`${url}/local-session`)).json).toMatchObject({ token: EDITOR_TOKEN })
    await lake.client(EDITOR_TOKEN).create({ _id: 'studio-doc', _type: 'x' })
    const res = await request(`${url}/v2025-02-19/data/doc/production/studio-doc`, {
      token: EDITOR_TOKEN,
      headers: { origin: url },
    })
    expect(res.json).toMatchObject({ documents: [{ _id: 'studio-doc' }] })
    expect(res.headers.get('access-control-allow-origin')).toBe(url)
    expect((await request(`${url}/v2025-02-19/nothing-here`)).status).toBe(404)
  })
})

test('close() ends event streams and stops listening', async () => {
  const other = await startTestLake()
  const session = await h2Session(other.url)
  const stream = await h2Stream(session, `/v2025-02-19/data/listen/production?query=*`)
  await other.close()
  await stream.ended
  session.destroy()
  await expect(fetch(`${other.url}/health`)).rejects.toThrow()
})
