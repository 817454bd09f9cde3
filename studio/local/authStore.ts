import { API_VERSION } from '@repo/content/api-version'
import type { ClientConfig, SanityClient } from '@sanity/client'
import { BehaviorSubject, defer, map, of, shareReplay, switchMap, type Observable } from 'rxjs'
import type { AuthState, AuthStore, HandleCallbackResult } from 'sanity'
import { createLocalClient } from './client'
import { fetchLocalSession, LocalLakeUnavailableError, type LocalLakeProblem } from './fetchSession'
import type { LocalSession } from './session'

/** Where the local editor's session stands; the sign-in screen renders the last two. */
export type LocalAuthStatus =
  | { kind: 'signed-in'; session: LocalSession; client: SanityClient }
  | { kind: 'unavailable'; problem: LocalLakeProblem; message: string; lakeUrl: string }
  | { kind: 'signed-out' }

export interface LocalAuthOptions {
  projectId: string
  dataset: string
  /** Resolved on first use, so nothing touches `window` while the config is only being read. */
  lakeUrl: () => string
  fetchSession?: (lakeUrl: string) => Promise<LocalSession>
  clientFactory?: (
    options: ClientConfig,
    apiHost: string,
    token: string | undefined,
  ) => SanityClient
}

export interface LocalAuthStore extends AuthStore {
  status: Observable<LocalAuthStatus>
  /** Asks the lake for a session again (after a failure or a sign-out). */
  signIn: () => void
  /** The session token once signed in, for the client factory. */
  currentToken: () => string | undefined
}

/**
 * An AuthStore for the local Content Lake: one local editor, whose token comes from the lake's
 * `GET /local-session`. It emits nothing until the session arrives (the Studio shows its loading
 * screen), then `authenticated: true`; if the lake cannot be reached it emits `authenticated: false`
 * and the sign-in screen explains why.
 */
export function createLocalAuthStore(options: LocalAuthOptions): LocalAuthStore {
  const fetchSession = options.fetchSession ?? fetchLocalSession
  const clientFactory = options.clientFactory ?? createLocalClient
  // The Studio reconfigures this client per feature (`withConfig({apiVersion})`); raw keeps drafts visible.
  const clientOptions: ClientConfig = {
    projectId: options.projectId,
    dataset: options.dataset,
    apiVersion: API_VERSION,
    perspective: 'raw',
    requestTagPrefix: 'sanity.studio',
  }
  const requests = new BehaviorSubject<'sign-in' | 'sign-out'>('sign-in')
  let token: string | undefined

  const signIn = async (): Promise<LocalAuthStatus> => {
    const lakeUrl = options.lakeUrl()
    try {
      const session = await fetchSession(lakeUrl)
      token = session.token
      return {
        kind: 'signed-in',
        session,
        client: clientFactory(clientOptions, lakeUrl, session.token),
      }
    } catch (error) {
      token = undefined
      if (error instanceof LocalLakeUnavailableError) {
        return {
          kind: 'unavailable',
          problem: error.problem,
          message: error.message,
          lakeUrl: error.lakeUrl,
        }
      }
      const message = error instanceof Error ? error.message : String(error)
      return { kind: 'unavailable', problem: 'no-session', message, lakeUrl }
    }
  }

  const status = requests.pipe(
    switchMap((request) =>
      request === 'sign-in' ? defer(signIn) : of<LocalAuthStatus>({ kind: 'signed-out' }),
    ),
    shareReplay({ bufferSize: 1, refCount: false }),
  )

  let anonymousClient: SanityClient | undefined
  const clientWithoutSession = (): SanityClient => {
    anonymousClient ??= clientFactory(clientOptions, options.lakeUrl(), undefined)
    return anonymousClient
  }

  const state: Observable<AuthState> = status.pipe(
    map((current) =>
      current.kind === 'signed-in'
        ? { authenticated: true, client: current.client, currentUser: current.session.user }
        : { authenticated: false, client: clientWithoutSession(), currentUser: null },
    ),
  )

  return {
    state,
    token: status.pipe(
      map((current) => (current.kind === 'signed-in' ? current.session.token : null)),
    ),
    status,
    signIn: () => requests.next('sign-in'),
    currentToken: () => token,
    // No redirect flow exists locally: the session comes from the lake, not from a callback URL.
    handleCallbackUrl: async (): Promise<HandleCallbackResult> => ({
      loginMethod: 'token',
      flow: 'already-authenticated',
      success: true,
      durationMs: 0,
    }),
    logout: async () => requests.next('sign-out'),
  }
}
