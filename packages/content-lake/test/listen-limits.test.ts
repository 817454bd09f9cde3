import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { ClientHttp2Session } from 'node:http2'
import { h2Session } from './helpers/h2'
import { EDITOR_TOKEN, startTestLake, VIEWER_TOKEN, type TestLake } from './helpers/lake'
import { SseReader } from './helpers/sse'

let lake: TestLake
const open: SseReader[] = []

beforeAll(async () => {
  lake = await startTestLake({
    configOverrides: { limits: { maxListeners: 4, maxListenersPerClient: 2, listenerBacklog: 3 } },
  })
})

afterAll(async () => {
  for (const reader of open) reader.close()
  await lake.close()
})

const listenUrl = (): string => `${lake.url}/v2025-02-19/data/listen/production?query=*`

const liveUrl = (): string => `${lake.url}/v2025-02-19/data/live/events/production`

async function connect(token?: string, url = listenUrl()): Promise<SseReader> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {}
  const reader = await new SseReader().open(url, headers)
  open.push(reader)
  return reader
}

/** Retries opening until admitted: the lake notices a closed stream asynchronously. */
async function connectOnceFreed(): Promise<SseReader> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const reader = await connect()
    if (reader.status === 200) return reader
    reader.close()
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('no stream was admitted after one was closed')
}

describe('listener caps', () => {
  test('count Live Content API streams too, so a stranger cannot hold open sockets without bound', async () => {
    const first = await connect(undefined, liveUrl())
    const second = await connect(undefined, liveUrl())
    expect([first.status, second.status]).toEqual([200, 200])
    const third = await connect(undefined, liveUrl())
    expect(third.status).toBe(429)
    expect(third.body()).toContain('limits.maxListenersPerClient')
    // The same cap covers both kinds of stream.
    expect((await connect()).status).toBe(429)
    first.close()
    expect((await connectOnceFreed()).status).toBe(200)
    for (const reader of open.splice(0)) reader.close()
  })

  test('per client (token or IP) and in total, with 429 and a clear message', async () => {
    const viewerA = await connect(VIEWER_TOKEN)
    await connect(VIEWER_TOKEN)
    expect(viewerA.status).toBe(200)
    const thirdViewer = await connect(VIEWER_TOKEN)
    expect(thirdViewer.status).toBe(429)
    expect(thirdViewer.body()).toContain('limits.maxListenersPerClient')

    expect((await connect(EDITOR_TOKEN)).status).toBe(200)
    const anonymous = await connect()
    expect(anonymous.status).toBe(200)
    const fifth = await connect()
    expect(fifth.status).toBe(429)
    expect(fifth.body()).toContain('Max listener limit exceeded at 4')

    anonymous.close()
    expect((await connectOnceFreed()).status).toBe(200)
    for (const reader of open.splice(0)) reader.close()
  })
})

describe('backpressure', () => {
  let session: ClientHttp2Session

  afterAll(() => {
    session.close()
  })

  test('a client that stops reading is dropped once it falls behind, others keep receiving', async () => {
    session = await h2Session(lake.url)
    const stalled = session.request({
      ':path': '/v2025-02-19/data/listen/production?query=*&includeResult=true',
    })
    // The lake resets the stream with an error code; that error is the expected outcome here.
    stalled.on('error', () => undefined)
    const dropped = new Promise<void>((resolve) => stalled.once('close', () => resolve()))
    await new Promise<void>((resolve) => stalled.once('data', () => resolve()))
    stalled.pause()
    const reader = await connectOnceFreed()
    const editor = lake.client(EDITOR_TOKEN)
    // Each event carries the 48 KB document twice (mutations and result): far more than the buffers hold.
    for (let i = 0; i < 12; i++)
      await editor.createOrReplace({ _id: `big-${i}`, _type: 'big', text: 'x'.repeat(48 * 1024) })
    await dropped
    const events = await reader.waitFor((event) => event.event === 'mutation', 12, 10_000)
    expect(events).toHaveLength(12)
    reader.close()
  })
})

describe('shutdown', () => {
  test('ends every open stream', async () => {
    const own = await startTestLake()
    const reader = await new SseReader().open(
      `${own.url}/v2025-02-19/data/listen/production?query=*`,
    )
    await reader.waitFor((event) => event.event === 'welcome')
    await own.close()
    await reader.ended
    expect(reader.status).toBe(200)
  })
})
