import { randomBytes, randomUUID } from 'node:crypto'
import type { Stack } from './stack'

/** Stores a preview secret the way the Studio's Presentation tool does (`drafts.<uuid>`). */
export async function createSecret(stack: Stack): Promise<string> {
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

/** Presentation's handshake for `secret`, previewing `pathname`, not following the redirect. */
export function handshake(
  stack: Stack,
  secret: string,
  pathname: string,
  cookie?: string,
): Promise<Response> {
  const url = `${stack.web.url}/api/draft-mode/enable?sanity-preview-secret=${secret}&sanity-preview-pathname=${encodeURIComponent(pathname)}`
  return fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} })
}

/** The cookie header of a browser that completed the handshake (throws when it did not). */
export async function previewCookie(stack: Stack, pathname = '/'): Promise<string> {
  const response = await handshake(stack, await createSecret(stack), pathname)
  if (response.status !== 307) throw new Error(`handshake answered ${response.status}`)
  const cookies = setCookies(response)
  return ['__prerender_bypass', 'preview-session']
    .map((name) => `${name}=${cookies.get(name) ?? ''}`)
    .join('; ')
}
