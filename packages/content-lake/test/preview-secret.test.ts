import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { validatePreviewUrl } from '@sanity/preview-url-secret'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { EDITOR_TOKEN, startTestLake, VIEWER_TOKEN, type TestLake } from './helpers/lake'
import { request } from './helpers/http'

// The handshake behind Presentation's draft mode, through Sanity's own package: the Studio stores a
// secret as `drafts.<uuid>` (type sanity.previewUrlSecret), the site checks it with a read token.
let lake: TestLake
let secret: string

const previewUrl = (value: string) =>
  `http://127.0.0.1:3000/api/draft-mode/enable?sanity-preview-secret=${value}&sanity-preview-pathname=%2Fblog%2Fa`

beforeAll(async () => {
  lake = await startTestLake()
  const created = await createPreviewSecret(
    lake.client(EDITOR_TOKEN),
    'sanity/presentation',
    'https://127.0.0.1:3333/presentation',
    'editor',
  )
  secret = created.secret
})

afterAll(async () => {
  await lake.close()
})

describe('the preview URL secret', () => {
  test('is accepted with a viewer token and gives the path to open', async () => {
    const result = await validatePreviewUrl(lake.client(VIEWER_TOKEN), previewUrl(secret))
    expect(result).toMatchObject({
      isValid: true,
      redirectTo: '/blog/a',
      studioOrigin: 'https://127.0.0.1:3333',
    })
  })

  test('a wrong secret is refused', async () => {
    const result = await validatePreviewUrl(lake.client(VIEWER_TOKEN), previewUrl('not-the-secret'))
    expect(result.isValid).toBe(false)
  })

  test('is unreadable without a token, by query and by id', async () => {
    const anonymous = lake.client()
    const query = '*[_type == "sanity.previewUrlSecret"]{secret}'
    expect(await anonymous.fetch(query, {}, { perspective: 'raw' })).toEqual([])
    expect(await anonymous.fetch(query, {}, { perspective: 'drafts' })).toEqual([])
    const [stored] = await lake
      .client(VIEWER_TOKEN)
      .fetch<{ _id: string }[]>(
        '*[_type == "sanity.previewUrlSecret"]{_id}',
        {},
        { perspective: 'raw' },
      )
    expect(stored?._id).toMatch(/^drafts\./)
    const res = await request(`${lake.url}/v2025-02-19/data/doc/production/${stored?._id ?? ''}`)
    expect(res.json).toMatchObject({ documents: [], omitted: [{ reason: 'permission' }] })
  })

  test('creating one also deletes expired ones by query, without an error', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      await createPreviewSecret(
        lake.client(EDITOR_TOKEN),
        'sanity/presentation',
        'https://x.test',
        'editor',
      )
      expect(errors).not.toHaveBeenCalled()
    } finally {
      errors.mockRestore()
    }
    const count = await lake
      .client(VIEWER_TOKEN)
      .fetch('count(*[_type == "sanity.previewUrlSecret"])', {}, { perspective: 'raw' })
    expect(count).toBe(2)
  })
})
