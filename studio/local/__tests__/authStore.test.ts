import { describe, expect, it, jest } from '@jest/globals'
import type { ClientConfig, SanityClient } from '@sanity/client'
import { filter, firstValueFrom, take, toArray } from 'rxjs'
import type { AuthState } from 'sanity'
import { createLocalAuthStore } from '../authStore'
import { LocalLakeUnavailableError } from '../fetchSession'
import { parseLocalSession, type LocalSession } from '../session'

const session = parseLocalSession({
  token: 'local-token',
  user: { id: 'u1', name: 'Erin', role: 'editor' },
})

// A stand-in client that records how it was made; the store only passes it through.
function fakeClientFactory(
  options: ClientConfig,
  apiHost: string,
  token: string | undefined,
): SanityClient {
  return { options, apiHost, token } as unknown as SanityClient
}

function store(fetchSession: (lakeUrl: string) => Promise<LocalSession>) {
  return createLocalAuthStore({
    projectId: 'local',
    dataset: 'production',
    lakeUrl: () => 'https://127.0.0.1:3333',
    fetchSession,
    clientFactory: fakeClientFactory,
  })
}

describe('createLocalAuthStore', () => {
  it('emits nothing until the session arrives, then an authenticated editor', async () => {
    let resolve: (value: LocalSession) => void = () => undefined
    const auth = store(() => new Promise((r) => (resolve = r)))
    const seen: AuthState[] = []
    const subscription = auth.state.subscribe((state) => seen.push(state))
    await Promise.resolve()
    expect(seen).toEqual([])
    resolve(session)
    const state = await firstValueFrom(auth.state)
    subscription.unsubscribe()
    expect(state.authenticated).toBe(true)
    expect(state.currentUser?.roles).toEqual([{ name: 'editor', title: 'Editor' }])
    expect(state.client).toMatchObject({ apiHost: 'https://127.0.0.1:3333', token: 'local-token' })
    expect(auth.token && (await firstValueFrom(auth.token))).toBe('local-token')
  })

  it('asks the lake once however many subscribers there are', async () => {
    const fetchSession = jest.fn(async (_lakeUrl: string) => session)
    const auth = store(fetchSession)
    await Promise.all([
      firstValueFrom(auth.state),
      firstValueFrom(auth.state),
      firstValueFrom(auth.status),
    ])
    expect(fetchSession).toHaveBeenCalledTimes(1)
    expect(fetchSession).toHaveBeenCalledWith('https://127.0.0.1:3333')
  })

  it('reports an unreachable lake as signed out with the reason, and recovers on retry', async () => {
    const fetchSession = jest
      .fn<(lakeUrl: string) => Promise<LocalSession>>()
      .mockRejectedValueOnce(
        new LocalLakeUnavailableError('did not answer', 'https://127.0.0.1:3333', 'unreachable'),
      )
      .mockResolvedValueOnce(session)
    const auth = store(fetchSession)
    expect(await firstValueFrom(auth.status)).toEqual({
      kind: 'unavailable',
      problem: 'unreachable',
      message: 'did not answer',
      lakeUrl: 'https://127.0.0.1:3333',
    })
    expect((await firstValueFrom(auth.state)).authenticated).toBe(false)
    const next = firstValueFrom(auth.state.pipe(take(2), toArray()))
    auth.signIn()
    expect((await next).map((state) => state.authenticated)).toEqual([false, true])
  })

  it('signs out and back in', async () => {
    const auth = store(async () => session)
    expect((await firstValueFrom(auth.state)).authenticated).toBe(true)
    await auth.logout?.()
    expect(await firstValueFrom(auth.status)).toEqual({ kind: 'signed-out' })
    auth.signIn()
    // The signed-out state stays until the new session has arrived.
    const back = await firstValueFrom(auth.state.pipe(filter((state) => state.authenticated)))
    expect(back.currentUser?.id).toBe('u1')
  })

  it('needs no callback handling', async () => {
    const auth = store(async () => session)
    await expect(auth.handleCallbackUrl?.()).resolves.toMatchObject({
      success: true,
      flow: 'already-authenticated',
    })
  })
})
