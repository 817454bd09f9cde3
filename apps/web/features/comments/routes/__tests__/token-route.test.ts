/** @jest-environment node */
import { describe, expect, it, jest } from '@jest/globals'
import { NextRequest } from 'next/server'
import { UNAVAILABLE_MESSAGE } from '@/features/comments/shared/messages'

jest.mock('next/server', () => ({
  ...jest.requireActual<typeof import('next/server')>('next/server'),
  connection: async () => undefined,
}))
jest.mock('@/features/comments/server/runtime', () => ({ commentsRuntime: () => null }))
const { GET } = jest.requireActual<typeof import('../token-route')>('../token-route')

describe('GET /api/comments/token without a write token', () => {
  it('answers 503 "could not post", never cached', async () => {
    const response = await GET(
      new NextRequest('http://localhost/api/comments/token?articleId=article-1'),
    )
    expect(response.status).toBe(503)
    expect(response.headers.get('cache-control')).toBe('no-store, no-transform')
    expect(await response.json()).toEqual({ ok: false, formError: UNAVAILABLE_MESSAGE })
  })
})
