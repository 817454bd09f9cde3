/** @jest-environment node */
import { describe, expect, it, jest } from '@jest/globals'
import { UNAVAILABLE_MESSAGE } from '@/features/comments/shared/messages'

jest.mock('@/features/comments/server/runtime', () => ({ commentsRuntime: () => null }))
const { POST } = jest.requireActual<typeof import('../post-route')>('../post-route')

const post = (accept: string) =>
  new Request('http://localhost/api/comments', {
    method: 'POST',
    headers: { accept, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'body=hello',
  })

describe('POST /api/comments without a write token', () => {
  it('answers 503 in the form the client asked for, storing nothing', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const json = await POST(post('application/json'))
    expect([json.status, (await json.json()).formError]).toEqual([503, UNAVAILABLE_MESSAGE])
    const html = await POST(post('text/html'))
    expect(html.status).toBe(503)
    expect(await html.text()).toContain(UNAVAILABLE_MESSAGE)
  })
})
