import type { RequestContext, Role } from '../http/context'
import { userIdFor } from '../http/context'
import { sendJson } from '../http/respond'
import type { LakeToken } from '../config/types'
import type { LakeCore } from '../lake/core'
import { assertProject, datasetOf } from './shared'

const EVERYTHING = "_id in path('**')"
const PUBLISHED_ONLY = "_id in path('*')"

/** The grants of a role, in the shape of Sanity's dataset ACL. */
export function grantsFor(role: Role): Array<{ filter: string; permissions: string[] }> {
  switch (role) {
    case 'editor':
      return [{ filter: EVERYTHING, permissions: ['read', 'update', 'create', 'history'] }]
    case 'viewer':
      return [{ filter: EVERYTHING, permissions: ['read', 'history'] }]
    case 'anonymous':
      // `path('*')` matches ids without a dot: published documents, not `drafts.` or `versions.`.
      return [{ filter: PUBLISHED_ONLY, permissions: ['read'] }]
  }
}

/** `GET /projects/:projectId/datasets/:dataset/acl`: the caller's grants (the Studio needs them to edit). */
export async function handleAcl(ctx: RequestContext, core: LakeCore): Promise<void> {
  assertProject(ctx, core)
  datasetOf(ctx, core)
  sendJson(ctx.res, 200, grantsFor(ctx.caller.role))
}

/** `GET /projects/:projectId/datasets`: the configured datasets, all public-read. */
export async function handleDatasets(ctx: RequestContext, core: LakeCore): Promise<void> {
  assertProject(ctx, core)
  sendJson(
    ctx.res,
    200,
    core.config.datasets.map((name) => ({ name, aclMode: 'public' })),
  )
}

/** `GET /projects/:projectId`: the project, with one member per configured token. */
export async function handleProject(ctx: RequestContext, core: LakeCore): Promise<void> {
  assertProject(ctx, core)
  const id = core.config.projectId
  sendJson(ctx.res, 200, {
    id,
    displayName: `Local Content Lake (${id})`,
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: { externalStudioHost: null },
    createdAt: '2020-01-01T00:00:00Z',
    members: core.config.tokens.map((token) => ({
      id: userIdFor(token),
      role: roleName(token),
      roles: [{ name: roleName(token), title: roleTitle(token) }],
      isCurrentUser: token === ctx.caller.token,
      isRobot: false,
    })),
  })
}

/** `GET /users/me`: the local user behind the token (`{}` without one, like Sanity). */
export async function handleMe(ctx: RequestContext): Promise<void> {
  const token = ctx.caller.token
  if (!token) return sendJson(ctx.res, 200, {})
  sendJson(ctx.res, 200, {
    id: userIdFor(token),
    name: token.name,
    email: `${userIdFor(token)}@localhost`,
    profileImage: null,
    role: roleName(token),
    roles: [{ name: roleName(token), title: roleTitle(token) }],
    provider: 'local',
  })
}

function roleName(token: LakeToken): string {
  return token.role === 'editor' ? 'editor' : 'viewer'
}

function roleTitle(token: LakeToken): string {
  return token.role === 'editor' ? 'Editor' : 'Viewer'
}
