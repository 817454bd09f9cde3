/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { isRouterPrefetch, withoutRouterPrefetches } from '../skip-prefetch'

describe('withoutRouterPrefetches', () => {
  const passedOn: string[] = []
  const native: typeof fetch = (input) => {
    passedOn.push(typeof input === 'string' ? input : 'not a path')
    return Promise.resolve(new Response('from the server', { status: 200 }))
  }
  const previewFetch = withoutRouterPrefetches(native)

  it("answers Next's Link prefetches with nothing, without a request", async () => {
    const response = await previewFetch('/category/back-health?_rsc=abc', {
      headers: { rsc: '1', 'next-router-prefetch': '1' },
    })
    expect(response.status).toBe(204)
    expect(response.ok).toBe(true)
    expect(response.body).toBeNull()
    expect(passedOn).toEqual([])
  })

  it("passes every other request on: the refresh's own render, navigations, API calls", async () => {
    passedOn.length = 0
    const refresh = await previewFetch('/blog/a?_rsc=def', { headers: { rsc: '1' } })
    expect(await refresh.text()).toBe('from the server')
    await previewFetch('/api/draft-mode/live')
    await previewFetch('/x', { headers: new Headers({ 'next-router-prefetch': '0' }) })
    expect(passedOn).toEqual(['/blog/a?_rsc=def', '/api/draft-mode/live', '/x'])
  })

  it('reads the header however it is given', () => {
    expect(isRouterPrefetch({ headers: new Headers({ 'Next-Router-Prefetch': '1' }) })).toBe(true)
    expect(isRouterPrefetch({ headers: [['next-router-prefetch', '1']] })).toBe(true)
    expect(isRouterPrefetch(undefined)).toBe(false)
  })
})
