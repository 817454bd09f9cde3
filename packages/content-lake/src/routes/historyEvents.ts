import { badRequest, unauthorized } from '../errors'
import {
  groupRows,
  groupVersionIds,
  lifeOf,
  releaseRows,
  releaseStateChanges,
  touchedBy,
} from '../history/eventRows'
import { documentEvents, inGroup, type DocumentGroup } from '../history/documentEvents'
import { eventsPage } from '../history/eventsQuery'
import { releaseEvents } from '../history/releaseEvents'
import { scheduleTimeline } from '../history/scheduleEvents'
import type { RequestContext } from '../http/context'
import { sendJson } from '../http/respond'
import {
  draftIdOf,
  isValidDocumentId,
  isValidReleaseId,
  parseVersionId,
  publishedIdOf,
  releaseDocumentId,
} from '../ids'
import type { LakeCore } from '../lake/core'
import { datasetOf } from './shared'

/** `GET /data/history/:dataset/events/releases/:releaseId`: a release's activity, newest first. */
export async function handleReleaseEvents(ctx: RequestContext, core: LakeCore): Promise<void> {
  const dataset = datasetOf(ctx, core).name
  requireToken(ctx)
  const releaseId = ctx.params.releaseId ?? ''
  if (!isValidReleaseId(releaseId)) throw badRequest(`"${releaseId}" is not a valid release id`)
  const page = releaseRows(core.db, dataset, releaseId, eventsPage(ctx.url.searchParams))
  const touched = touchedBy(core.db, dataset, transactionsOf(page.rows))
  sendJson(ctx.res, 200, {
    events: releaseEvents(releaseId, page.rows, touched),
    nextCursor: page.nextCursor,
  })
}

/**
 * `GET /data/history/:dataset/events/documents/:id`: the history of the document group `id` belongs
 * to (published, draft, versions), newest first, keyed by `id` as the Studio reads it.
 */
export async function handleDocumentEvents(ctx: RequestContext, core: LakeCore): Promise<void> {
  const dataset = datasetOf(ctx, core).name
  requireToken(ctx)
  const id = ctx.params.id ?? ''
  if (!isValidDocumentId(id))
    throw badRequest(`"${id}" is not a valid document id (name exactly one document)`)
  const group = groupOf(id)
  const range = eventsPage(ctx.url.searchParams)
  const versionIds = groupVersionIds(core.db, dataset, group.publishedId).filter((v) =>
    inGroup(group, v),
  )
  const releaseDocs = [...new Set(versionIds.map(releaseDocOf))]
  const page = groupRows(core.db, dataset, group.publishedId, releaseDocs, range)
  const timeline = scheduleTimeline(
    lifeOf(core.db, dataset, versionIds),
    releaseStateChanges(core.db, dataset, releaseDocs),
  )
  const touched = touchedBy(core.db, dataset, transactionsOf(page.rows))
  sendJson(ctx.res, 200, {
    events: { [id]: documentEvents(group, page.rows, touched, timeline) },
    nextCursor: page.nextCursor,
  })
}

/** History needs a token, as on Sanity (and as the transactions and documents routes do). */
function requireToken(ctx: RequestContext): void {
  if (ctx.caller.role === 'anonymous') throw unauthorized('Reading history requires a token')
}

function groupOf(id: string): DocumentGroup {
  const publishedId = parseVersionId(id)?.publishedId ?? publishedIdOf(id)
  return { publishedId, draftId: draftIdOf(publishedId) }
}

function releaseDocOf(versionId: string): string {
  return releaseDocumentId(parseVersionId(versionId)?.releaseId ?? '')
}

function transactionsOf(rows: { transactionId: string }[]): string[] {
  return [...new Set(rows.map((row) => row.transactionId))]
}
