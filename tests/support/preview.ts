import { createSecret, setCookies } from './preview-session'
import type { Stack } from './stack'

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
  url.searchParams.set('sanity-preview-secret', await createSecret(stack))
  url.searchParams.set('sanity-preview-pathname', path)
  if (perspective !== undefined) url.searchParams.set('sanity-preview-perspective', perspective)
  const response = await fetch(url, { redirect: 'manual' })
  if (response.status !== 307) throw new Error(`The preview handshake answered ${response.status}`)
  return [...setCookies(response)].map(([name, value]) => `${name}=${value}`).join('; ')
}
