import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { ContentClientConfig } from '../src/api'
import { API_VERSION } from '../src/api-version'
import { createContentClient } from '../src/client'
import type { InvalidError } from '../src/client/invalid'
import { createContentReader } from '../src/client/reader'

interface Seen {
  method: string
  url: URL
}

let server: Server
let apiHost = ''
const seen: Seen[] = []
let respond: (req: IncomingMessage) => { status: number; body: unknown } = () => ({
  status: 200,
  body: { result: null },
})

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    seen.push({ method: req.method ?? '', url })
    const { status, body } = respond(req)
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const settings = {
  _id: 'siteSettings',
  _type: 'siteSettings',
  title: 'Shop',
  description: 'A shop',
  navigation: null,
  footer: null,
  defaultShareImage: null,
}

function client(extra: Partial<ContentClientConfig> = {}) {
  return createContentClient({
    projectId: 'local',
    dataset: 'production',
    apiHost,
    ...extra,
  })
}

describe('createContentClient (real @sanity/client over HTTP)', () => {
  it('queries the published perspective at the shared API version', async () => {
    respond = () => ({ status: 200, body: { result: settings, ms: 1 } })
    const result = await client().getSiteSettings()
    expect(result).toEqual({
      ok: true,
      data: {
        title: 'Shop',
        description: 'A shop',
        navigation: [],
        footer: null,
        defaultShareImage: null,
      },
    })
    const request = seen.at(-1)
    expect(request?.url.pathname).toBe(`/v${API_VERSION}/data/query/production`)
    expect(request?.url.searchParams.get('perspective')).toBe('published')
    expect(request?.url.searchParams.get('query')).toContain('_type == "siteSettings"')
  })

  it('queries at the API version given in the config instead, when there is one', async () => {
    respond = () => ({ status: 200, body: { result: settings } })
    expect((await client({ apiVersion: '2024-06-01' }).getSiteSettings()).ok).toBe(true)
    expect(seen.at(-1)?.url.pathname).toBe('/v2024-06-01/data/query/production')
  })

  it('sends query parameters as GROQ params', async () => {
    respond = () => ({ status: 200, body: { result: null } })
    await client().getArticle('back-pain')
    const request = seen.at(-1)
    expect(request?.url.searchParams.get('$slug')).toBe('"back-pain"')
  })

  it('turns an HTTP error into `unavailable` with the status and a one-line message', async () => {
    respond = () => ({
      status: 500,
      body: { error: { description: 'boom\nat internal (lake.ts:1:1)' } },
    })
    const result = await client().listCategories()
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatchObject({
      kind: 'unavailable',
      status: 500,
      query: 'categoryListQuery',
    })
    expect(result.error.message).not.toContain('\n')
  })

  it('turns a refused connection into `unavailable` without a status', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const result = await client({ apiHost: `http://127.0.0.1:${port}` }).listArticleSlugs()
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'unavailable', status: null, query: 'articleSlugsQuery' },
    })
  }, 20_000)

  it('turns a malformed result into `invalid` and logs one line by default', async () => {
    respond = () => ({ status: 200, body: { result: { ...settings, title: 7 } } })
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const result = await client().getSiteSettings()
      expect(result).toEqual({
        ok: false,
        error: {
          kind: 'invalid',
          documentId: 'siteSettings',
          documentType: 'siteSettings',
          path: 'title',
          message: 'Invalid input: expected string, received number',
          query: 'siteSettingsQuery',
        },
      })
      expect(log.mock.calls).toEqual([
        [
          '[content] invalid siteSettings siteSettings at title: Invalid input: expected string, received number',
        ],
      ])
    } finally {
      log.mockRestore()
    }
  })

  it('calls onInvalid once per invalid list item and keeps the valid ones', async () => {
    const category = (id: string, title: unknown) => ({
      _id: id,
      _type: 'category',
      title,
      slug: id,
      description: null,
    })
    respond = () => ({
      status: 200,
      body: { result: [category('a', 'A'), category('b', null), category('c', 'C')] },
    })
    const invalid: InvalidError[] = []
    const result = await client({ onInvalid: (error) => invalid.push(error) }).listCategories()
    expect(result.ok && result.data.map((c) => c.id)).toEqual(['a', 'c'])
    expect(invalid).toMatchObject([{ documentId: 'b', path: 'title' }])
  })
})

describe('framework signals', () => {
  it('rethrows errors Next.js uses for control flow instead of reporting the content unavailable', async () => {
    const signal = Object.assign(new Error('Dynamic server usage'), {
      digest: 'DYNAMIC_SERVER_USAGE',
    })
    const reader = createContentReader({
      fetch: () => Promise.reject(signal),
      onInvalid: () => undefined,
      onDroppedBlock: () => undefined,
    })
    await expect(reader.getSiteSettings()).rejects.toBe(signal)
  })
})
