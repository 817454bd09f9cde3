import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { fetchLocalSession } from '../fetchSession'

const lake = 'https://127.0.0.1:3333'

function answer(response: Response | Error) {
  const fetchMock = jest.fn<typeof fetch>(async () => {
    if (response instanceof Error) throw response
    return response
  })
  global.fetch = fetchMock
  return fetchMock
}

describe('fetchLocalSession', () => {
  const realFetch = global.fetch
  afterEach(() => {
    global.fetch = realFetch
  })

  it('asks the lake for /local-session and returns the session', async () => {
    const fetchMock = answer(Response.json({ token: 't', user: { id: 'u', role: 'editor' } }))
    await expect(fetchLocalSession(lake)).resolves.toMatchObject({ token: 't', user: { id: 'u' } })
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`${lake}/local-session`)
  })

  it('calls a network failure unreachable', async () => {
    answer(new TypeError('Failed to fetch'))
    await expect(fetchLocalSession(lake)).rejects.toMatchObject({
      problem: 'unreachable',
      lakeUrl: lake,
    })
  })

  it('calls an HTTP error a missing session', async () => {
    answer(new Response('nope', { status: 404 }))
    await expect(fetchLocalSession(lake)).rejects.toMatchObject({
      problem: 'no-session',
      message: expect.stringContaining('HTTP 404'),
    })
  })

  it('calls an answer that is not a session (the SPA page) a missing session', async () => {
    answer(new Response('<!DOCTYPE html><html></html>', { status: 200 }))
    await expect(fetchLocalSession(lake)).rejects.toMatchObject({ problem: 'no-session' })
  })
})
