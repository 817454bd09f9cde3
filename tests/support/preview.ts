import { randomBytes, randomUUID } from 'node:crypto'
import type { Stack } from './stack'

/** Stores a preview secret the way the Studio's Presentation tool does (`drafts.<uuid>`). */
export async function createPreviewSecret(stack: Stack): Promise<string> {
  const secret = randomBytes(16).toString('hex')
  await stack.lake.api.mutate([
    {
      createOrReplace: {
        _id: `drafts.${randomUUID()}`,
        _type: 'sanity.previewUrlSecret',
        secret,
        source: 'sanity/presentation',
        studioUrl: 'https://127.0.0.1:3333/presentation',
        userId: 'test-editor',
      },
    },
  ])
  return secret
}

/** `name=value` pairs of a response's Set-Cookie headers (deletions included, with empty values). */
export function setCookies(response: Response): Map<string, string> {
  const pairs = response.headers.getSetCookie().map((line) => line.split(';')[0] ?? '')
  return new Map(
    pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  )
}

/**
 * Presentation's handshake for `path`, as the Studio's iframe makes it (with the perspective the
 * Studio's picker shows, when given): resolves with the cookie header of a browser that completed it.
 */
export async function enterPreview(
  stack: Stack,
  path: string,
  perspective?: string,
): Promise<string> {
  const url = new URL('/api/draft-mode/enable', stack.web.url)
  url.searchParams.set('sanity-preview-secret', await createPreviewSecret(stack))
  url.searchParams.set('sanity-preview-pathname', path)
  if (perspective !== undefined) url.searchParams.set('sanity-preview-perspective', perspective)
  const response = await fetch(url, { redirect: 'manual' })
  if (response.status !== 307) throw new Error(`The preview handshake answered ${response.status}`)
  return [...setCookies(response)].map(([name, value]) => `${name}=${value}`).join('; ')
}
