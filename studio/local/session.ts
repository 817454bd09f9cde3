import type { CurrentUser } from 'sanity'

/** What `GET /local-session` on the local Content Lake answers. */
export interface LocalSession {
  token: string
  user: CurrentUser
}

/** Roles the Studio knows; anything else is shown as an editor. */
const ROLE_TITLES: Record<string, string> = {
  administrator: 'Administrator',
  editor: 'Editor',
  contributor: 'Contributor',
  viewer: 'Viewer',
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0
}

/**
 * Checks the lake's `/local-session` answer and turns it into the Studio's user.
 * Throws with a readable message when the answer is not a session.
 */
export function parseLocalSession(body: unknown): LocalSession {
  if (!isRecord(body) || !nonEmptyString(body.token)) {
    throw new Error('The local Content Lake answered /local-session without a token')
  }
  const user = isRecord(body.user) ? body.user : {}
  const id = nonEmptyString(user.id) ? user.id : 'local-editor'
  const role = nonEmptyString(user.role) && user.role in ROLE_TITLES ? user.role : 'editor'
  return {
    token: body.token,
    user: {
      id,
      name: nonEmptyString(user.name) ? user.name : 'Local editor',
      email: nonEmptyString(user.email) ? user.email : 'editor@localhost',
      role,
      roles: [{ name: role, title: ROLE_TITLES[role] ?? 'Editor' }],
      provider: 'local',
    },
  }
}
