/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { encodeSignatureHeader } from '@sanity/webhook'
import { handleWebhook } from '../handle'

const SECRET = 'a-webhook-secret-for-tests'

async function signed(body: string, secret = SECRET) {
  return { body, signature: await encodeSignatureHeader(body, Date.now(), secret), secret: SECRET }
}

describe('handleWebhook', () => {
  it('expires the tags of a changed article, including its old slug', async () => {
    const body = JSON.stringify({
      _id: 'a1',
      _type: 'article',
      slug: 'new-slug',
      previousSlug: 'old-slug',
    })
    const outcome = await handleWebhook(await signed(body))
    expect(outcome.status).toBe(200)
    expect(outcome.tags).toEqual(
      expect.arrayContaining(['articles', 'article:new-slug', 'article:old-slug']),
    )
    // Other articles' related blocks refresh in the background, not at once.
    expect(outcome).toMatchObject({ backgroundTags: ['related-articles'] })
  })

  it('expires only the deal tag for a deal', async () => {
    const outcome = await handleWebhook(
      await signed(JSON.stringify({ _id: 'deal-1', _type: 'deal' })),
    )
    expect(outcome).toMatchObject({ status: 200, tags: ['deals'], backgroundTags: [] })
  })

  it('expires nothing for a comment readers cannot see, and the article for one they can', async () => {
    const comment = {
      _id: 'comments.k1',
      _type: 'comment',
      article: { _ref: 'article-1', slug: 'the-article' },
    }
    const pending = await handleWebhook(
      await signed(JSON.stringify({ ...comment, status: 'pending', previousStatus: null })),
    )
    expect(pending).toMatchObject({ status: 200, tags: [] })
    const approved = await handleWebhook(
      await signed(JSON.stringify({ ...comment, status: 'approved', previousStatus: 'pending' })),
    )
    expect(approved.tags).toEqual(
      expect.arrayContaining(['comments:article-1', 'article:the-article']),
    )
  })

  it('answers 401 to a missing or wrong signature', async () => {
    const body = JSON.stringify({ _id: 'deal-1', _type: 'deal' })
    expect((await handleWebhook({ body, signature: null, secret: SECRET })).status).toBe(401)
    expect(
      (await handleWebhook({ ...(await signed(body, 'another-secret-entirely')) })).status,
    ).toBe(401)
    expect((await handleWebhook({ body, signature: 'garbage', secret: SECRET })).status).toBe(401)
    const tampered = await signed(body)
    expect(
      (await handleWebhook({ ...tampered, body: body.replace('deal-1', 'deal-2') })).status,
    ).toBe(401)
  })

  it('answers 400 to a signed body that is not a changed document', async () => {
    expect((await handleWebhook(await signed('not json'))).status).toBe(400)
    expect((await handleWebhook(await signed(JSON.stringify({ hello: 'world' })))).status).toBe(400)
    expect((await handleWebhook(await signed(JSON.stringify([1, 2])))).status).toBe(400)
  })

  it('refuses everything when no secret is configured', async () => {
    const outcome = await handleWebhook({ body: '{}', signature: 't=1,v1=x', secret: undefined })
    expect(outcome.status).toBe(503)
  })
})
