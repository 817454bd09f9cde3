/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { handleCommentPost } from '../handle-comment-post'
import {
  MALFORMED_MESSAGE,
  TOO_LARGE_MESSAGE,
  UNSUPPORTED_TYPE_MESSAGE,
} from '../../shared/messages'
import { postRequest, testDeps, validFields } from './fakes'

const url = 'http://localhost:3000/api/comments'

describe('what the endpoint reads', () => {
  it('answers 413 to a body over 16 kB', async () => {
    const response = await handleCommentPost(
      postRequest(validFields({ body: 'x'.repeat(17 * 1024) })),
      testDeps(),
    )
    expect([response.status, (await response.json()).formError]).toEqual([413, TOO_LARGE_MESSAGE])
  })

  it('answers 415 to anything but a form or JSON', async () => {
    const request = new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', accept: 'application/json' },
      body: 'hi',
    })
    const response = await handleCommentPost(request, testDeps())
    expect([response.status, (await response.json()).formError]).toEqual([
      415,
      UNSUPPORTED_TYPE_MESSAGE,
    ])
  })

  it('answers 400 to unreadable JSON', async () => {
    const request = new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":',
    })
    const response = await handleCommentPost(request, testDeps())
    expect([response.status, (await response.json()).formError]).toEqual([400, MALFORMED_MESSAGE])
  })

  it('accepts the same fields as JSON', async () => {
    const deps = testDeps()
    const request = new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(validFields()),
    })
    expect((await handleCommentPost(request, deps)).status).toBe(202)
    expect(deps.store.documents.size).toBe(1)
  })

  it('answers JSON with no-store, no-transform (never gzipped) and nosniff', async () => {
    const response = await handleCommentPost(postRequest(validFields()), testDeps())
    expect(response.headers.get('cache-control')).toBe('no-store, no-transform')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
