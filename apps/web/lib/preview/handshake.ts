import 'server-only'
import { createClient } from '@sanity/client'
import { SECRET_TTL, urlSearchParamPreviewSecret } from '@sanity/preview-url-secret/constants'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { cookies, draftMode } from 'next/headers'
import { env } from '@/env'
import { PREVIEW_SESSION_COOKIE, PREVIEW_SESSION_MS, signPreviewSession } from './session'
import { UsedSecrets } from './used-secrets'

const usedSecrets = new UsedSecrets(SECRET_TTL * 1000)

const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { 'cache-control': 'no-store' } })

function enableWithToken(token: string) {
  const config = env()
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: '2025-02-19',
    useCdn: false,
    token,
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
  return defineEnableDraftMode({ client })
}

let handshake: ReturnType<typeof defineEnableDraftMode> | undefined

/**
 * Presentation's preview handshake (`previewMode.enable`): next-sanity checks the secret the Studio
 * stored in the lake (with the server's read token) and sets the draft-mode cookie, then redirects
 * to the page to preview. A secret that already opened a preview is refused unless this browser is
 * in draft mode already (the Studio reloads its preview with the same URL).
 */
export async function enableDraftMode(request: Request): Promise<Response> {
  const token = env().readToken
  if (token === undefined)
    return refuse(503, 'Preview needs SANITY_API_READ_TOKEN (a Viewer token) on the server')
  const secret = new URL(request.url).searchParams.get(urlSearchParamPreviewSecret) ?? ''
  if (usedSecrets.has(secret) && !(await draftMode()).isEnabled)
    return refuse(401, 'This preview link was already used: open the preview from the Studio again')
  handshake ??= enableWithToken(token)
  try {
    return await handshake.GET(request)
  } finally {
    // A valid secret ends in a redirect, which Next throws; draft mode is on by then.
    if ((await draftMode()).isEnabled) {
      usedSecrets.remember(secret)
      await startSession(request, token)
    }
  }
}

/** The signed session proxy.ts requires beside the draft-mode cookie, with the same attributes. */
async function startSession(request: Request, key: string): Promise<void> {
  const crossSite =
    request.headers.get('sec-fetch-dest') === 'iframe' &&
    request.headers.get('sec-fetch-site') === 'cross-site'
  ;(await cookies()).set({
    name: PREVIEW_SESSION_COOKIE,
    value: signPreviewSession(key),
    httpOnly: true,
    path: '/',
    secure: true,
    sameSite: 'none',
    partitioned: crossSite,
    maxAge: PREVIEW_SESSION_MS / 1000,
  })
}
