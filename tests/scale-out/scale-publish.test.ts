import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { articleCopy, seedDocument } from '../support/documents'
import { startStack, type Stack } from '../support/stack'
import { publishAndWait } from '../support/webhooks'

// The new article copies this one, so it enters this article's related-articles block.
const NEIGHBOUR = seedDocument('article-desk-habits')
const NEIGHBOUR_SLUG = (NEIGHBOUR.slug as { current: string }).current
const NEW_TITLE = 'Standing Breaks That Fit a Busy Workday'

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
})

afterAll(async () => {
  await stack?.close()
})

async function get(path: string): Promise<{ cache: string | null; html: string }> {
  const response = await fetch(`${stack.web.url}${path}`)
  expect(response.status).toBe(200)
  return { cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
}

/** Loads `path` until the page shows `text` (a background refresh landing), at most `tries` times. */
async function untilShown(path: string, text: string, tries = 40): Promise<number> {
  for (let attempt = 1; attempt <= tries; attempt++) {
    if ((await get(path)).html.includes(text)) return attempt
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${path} never showed "${text}"`)
}

describe('publishing an article', () => {
  it('shows it on the home page at once and leaves other article pages cached', async () => {
    const neighbour = `/blog/${NEIGHBOUR_SLUG}`
    await get(neighbour)
    expect((await get(neighbour)).cache).toBe('HIT')
    await get('/')
    expect((await get('/')).cache).toBe('HIT')

    const article = articleCopy('article-standing-breaks', {
      slug: 'standing-breaks',
      title: NEW_TITLE,
      words: 'Stand up and walk for two minutes every half hour.',
      publishedAt: new Date().toISOString(),
    })
    await publishAndWait(stack.lake, article._id, () =>
      stack.lake.api.mutate([{ createOrReplace: article }]),
    )

    // The list it enters renders afresh on the next load.
    const home = await get('/')
    expect(home.cache).not.toBe('HIT')
    expect(home.html).toContain(NEW_TITLE)
    await expect(get('/blog/standing-breaks')).resolves.toMatchObject({
      html: expect.stringContaining(NEW_TITLE),
    })

    // Another article's page is still served from the cache (its related block only went stale),
    // and the refreshed related block shows the new article once the background render lands.
    const after = await get(neighbour)
    expect(['HIT', 'STALE']).toContain(after.cache)
    expect(after.html).not.toContain(NEW_TITLE)
    await untilShown(neighbour, NEW_TITLE)
    expect((await get(neighbour)).cache).toBe('HIT')
  })
})
