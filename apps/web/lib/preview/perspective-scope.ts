import 'server-only'
import { perspectiveCookieName } from '@sanity/preview-url-secret/constants'
import { cookies, draftMode } from 'next/headers'
import { AsyncLocalStorage } from 'node:async_hooks'
import { parsePreviewPerspective, type PreviewPerspective } from './perspective'

/**
 * Content reads run inside `'use cache'` functions, where Next forbids `cookies()`. The loader
 * (outside the cache scope) therefore reads the perspective once and runs the read inside this
 * scope. It only ever holds a perspective in draft mode, where Next neither reads nor stores
 * `'use cache'` entries nor shares a fill with other requests, so it need not be in the cache key.
 */
const scope = new AsyncLocalStorage<PreviewPerspective>()

/**
 * The perspective this request previews: the one Presentation asked for in draft mode (a valid
 * preview session, checked by proxy.ts), `undefined` for everyone else whatever their cookies say.
 */
export async function requestedPreviewPerspective(): Promise<PreviewPerspective | undefined> {
  if (!(await draftMode()).isEnabled) return undefined
  return parsePreviewPerspective((await cookies()).get(perspectiveCookieName)?.value)
}

/** Runs `read` with this request's preview perspective available to `scopedPreviewPerspective`. */
export async function withPreviewPerspective<R>(read: () => Promise<R>): Promise<R> {
  const perspective = await requestedPreviewPerspective()
  return perspective === undefined ? read() : scope.run(perspective, read)
}

/** The preview perspective of the enclosing `withPreviewPerspective`, `drafts` when none was set. */
export function scopedPreviewPerspective(): PreviewPerspective {
  return scope.getStore() ?? 'drafts'
}
