import { parseLocalSession, type LocalSession } from './session'

const TIMEOUT_MS = 10_000

/** Whether the lake did not answer at all, or answered without a usable session. */
export type LocalLakeProblem = 'unreachable' | 'no-session'

/** Why the Studio could not get a local session; shown on the sign-in screen. */
export class LocalLakeUnavailableError extends Error {
  constructor(
    message: string,
    readonly lakeUrl: string,
    readonly problem: LocalLakeProblem,
  ) {
    super(message)
    this.name = 'LocalLakeUnavailableError'
  }
}

/** Asks the local Content Lake at `lakeUrl` for the local editor's session. */
export async function fetchLocalSession(lakeUrl: string): Promise<LocalSession> {
  const url = `${lakeUrl}/local-session`
  let response: Response
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new LocalLakeUnavailableError(
      `The local Content Lake did not answer at ${url} (${reason}).`,
      lakeUrl,
      'unreachable',
    )
  }
  if (!response.ok) {
    throw new LocalLakeUnavailableError(
      `The local Content Lake answered ${url} with HTTP ${response.status}.`,
      lakeUrl,
      'no-session',
    )
  }
  try {
    return parseLocalSession(await response.json())
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new LocalLakeUnavailableError(
      `${url} did not return a session: ${reason}`,
      lakeUrl,
      'no-session',
    )
  }
}
