/** @jest-environment node */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { NextRequest } from 'next/server'
import type { FieldValues } from '../live-fields'
import type { PreviewPerspective } from '../perspective'
import { signPreviewSession } from '../session'

const TOKEN = 'server-read-token-for-tests'
const state = {
  draftMode: true,
  token: TOKEN as string | undefined,
  jar: new Map<string, string>(),
  reads: [] as { ids: readonly string[]; perspective: PreviewPerspective }[],
}

jest.mock('@/env', () => ({ env: () => ({ readToken: state.token }) }))
jest.mock('next/headers', () => ({
  draftMode: async () => ({ isEnabled: state.draftMode }),
  cookies: async () => ({
    get: (name: string) => {
      const value = state.jar.get(name)
      return value === undefined ? undefined : { name, value }
    },
  }),
}))
jest.mock('../live-fields-read', () => ({
  readLiveFields: async (
    _token: string,
    ids: readonly string[],
    perspective: PreviewPerspective,
  ): Promise<FieldValues> => {
    state.reads.push({ ids, perspective })
    return { 'article-1': { title: 'Typed, not saved' } }
  },
}))
const { GET } = jest.requireActual<typeof import('@/app/api/draft-mode/fields/route')>(
  '@/app/api/draft-mode/fields/route',
)

const get = (search = '?ids=article-1') =>
  GET(new NextRequest(`http://localhost/api/draft-mode/fields${search}`))

beforeEach(() => {
  state.draftMode = true
  state.token = TOKEN
  state.jar = new Map([['preview-session', signPreviewSession(TOKEN)]])
  state.reads = []
})

describe('GET /api/draft-mode/fields', () => {
  it('answers a preview with the fields, in its perspective, never cached', async () => {
    state.jar.set('sanity-preview-perspective', 'rSpring,drafts')
    const response = await get('?ids=article-1,deal-1,article-1')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    await expect(response.json()).resolves.toEqual({
      documents: { 'article-1': { title: 'Typed, not saved' } },
    })
    expect(state.reads).toEqual([
      { ids: ['article-1', 'deal-1'], perspective: ['rSpring', 'drafts'] },
    ])
  })

  it.each([
    ['outside draft mode', () => (state.draftMode = false)],
    ['without a preview session', () => state.jar.clear()],
    [
      'with a session signed by another key',
      () => state.jar.set('preview-session', signPreviewSession('some-other-key-entirely')),
    ],
    [
      'with an expired session',
      () => state.jar.set('preview-session', signPreviewSession(TOKEN, Date.now() - 9 * 3600e3)),
    ],
  ])('refuses a request %s and reads nothing', async (_case, arrange) => {
    arrange()
    const response = await get()
    expect(response.status).toBe(403)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.text()).not.toContain('Typed')
    expect(state.reads).toEqual([])
  })

  it('answers 503 without a read token on the server', async () => {
    state.token = undefined
    expect((await get()).status).toBe(503)
    expect(state.reads).toEqual([])
  })

  it.each([
    ['', 'ids is required'],
    ['?ids=drafts.article-1', 'not a published document id'],
    ['?ids=comments.abc', 'not a published document id'],
    ['?ids=a%20b', 'not a published document id'],
    [`?ids=${Array.from({ length: 41 }, (_, i) => `a${i}`).join(',')}`, 'at most 40 ids'],
  ])('refuses ids %j with a message and reads nothing', async (search, message) => {
    const response = await get(search)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain(message)
    expect(state.reads).toEqual([])
  })
})
