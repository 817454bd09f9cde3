/** @jest-environment node */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { purgeProxies } from '../proxy-purge'

const SECRET = 's'.repeat(40)
let server: Server
let url = ''
let status = 200
const received: { method: string | undefined; headers: IncomingHttpHeaders }[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    received.push({ method: req.method, headers: req.headers })
    res.writeHead(status).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('purgeProxies', () => {
  it('sends each proxy one authenticated PURGE with the tags as surrogate keys', async () => {
    received.length = 0
    await purgeProxies(['article:café', 'articles'], { purgeUrls: [url, url], secret: SECRET })
    expect(received).toHaveLength(2)
    expect(received[0]?.method).toBe('PURGE')
    expect(received[0]?.headers['xkey-purge']).toBe('article:caf%C3%A9 articles')
    expect(received[0]?.headers['x-purge-token']).toBe(SECRET)
  })

  it('sends nothing without tags, proxies or secret', async () => {
    received.length = 0
    await purgeProxies([], { purgeUrls: [url], secret: SECRET })
    await purgeProxies(['articles'], { purgeUrls: [], secret: SECRET })
    await purgeProxies(['articles'], { purgeUrls: [url], secret: undefined })
    expect(received).toHaveLength(0)
  })

  it('reports a proxy that refuses or cannot be reached, and still purges the others', async () => {
    received.length = 0
    status = 403
    const reports: string[] = []
    const unreachable = 'http://127.0.0.1:9'
    await purgeProxies(['deals'], { purgeUrls: [unreachable, url], secret: SECRET }, (line) =>
      reports.push(line),
    )
    status = 200
    expect(received).toHaveLength(1)
    expect(reports).toHaveLength(2)
    expect(reports.join('\n')).toContain('answered 403')
    expect(reports.join('\n')).toContain(unreachable)
  })
})
