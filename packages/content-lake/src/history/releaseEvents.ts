import { parseVersionId } from '../ids'
import { isJsonObject, type JsonObject, type SanityDocument } from '../json'
import type { StoredEvent } from '../store/events'
import type { TouchedDocument } from './eventRows'

/**
 * One entry of a release's activity feed, as Studio 5's Releases tool reads it from
 * `/data/history/:dataset/events/releases/:releaseId` (it adds `id` and `origin` itself).
 */
export type ReleaseEvent = {
  type: ReleaseEventType
  timestamp: string
  author: string
  releaseName: string
} & JsonObject

type ReleaseEventType =
  | 'createRelease'
  | 'editRelease'
  | 'scheduleRelease'
  | 'unscheduleRelease'
  | 'publishRelease'
  | 'archiveRelease'
  | 'unarchiveRelease'
  | 'addDocumentToRelease'
  | 'discardDocumentFromRelease'

/**
 * The activity of release `releaseId` in a page of its logged changes (newest first). A version
 * created or deleted in the same transaction as the release document changed (publish, archive,
 * unarchive, delete) is part of that event, not an addition or a discard of its own.
 */
export function releaseEvents(
  releaseId: string,
  rows: StoredEvent[],
  touched: TouchedDocument[],
): ReleaseEvent[] {
  const releaseDoc = `_.releases.${releaseId}`
  const releaseChanged = new Set(
    touched.filter((t) => t.documentId === releaseDoc).map((t) => t.transactionId),
  )
  const events: ReleaseEvent[] = []
  for (const row of rows) {
    const base = {
      timestamp: row.timestamp,
      author: row.identity,
      releaseName: releaseId,
    }
    if (row.documentId === releaseDoc) {
      const event = releaseChange(row.before, row.after)
      if (event) events.push({ ...base, ...event })
    } else if (!releaseChanged.has(row.transactionId)) {
      const event = versionChange(row)
      if (event) events.push({ ...base, ...event })
    }
  }
  return events
}

type EventBody = { type: ReleaseEventType } & JsonObject

/** What a change of the release document was, by its state and scheduling metadata. */
function releaseChange(
  before: SanityDocument | null,
  after: SanityDocument | null,
): EventBody | undefined {
  if (!after) return undefined // a deleted release leaves no activity to show
  if (!before) return { type: 'createRelease', change: scheduling(after) }
  const [was, is] = [before.state, after.state]
  if (was !== is) {
    if (is === 'scheduled') return { type: 'scheduleRelease', publishAt: publishAtOf(after) }
    if (is === 'published') return { type: 'publishRelease' }
    if (is === 'archived') return { type: 'archiveRelease' }
    if (was === 'scheduled') return { type: 'unscheduleRelease' }
    if (was === 'archived') return { type: 'unarchiveRelease' }
    return undefined
  }
  const [old, now] = [scheduling(before), scheduling(after)]
  const change: JsonObject = {}
  for (const key of Object.keys(now)) if (old[key] !== now[key]) change[key] = now[key] ?? null
  return Object.keys(change).length > 0 ? { type: 'editRelease', change } : undefined
}

/** The release metadata the feed shows: its type and intended publish date. */
function scheduling(release: SanityDocument): JsonObject {
  const metadata = isJsonObject(release.metadata) ? release.metadata : {}
  const change: JsonObject = {}
  if (typeof metadata.releaseType === 'string') change.releaseType = metadata.releaseType
  if (typeof metadata.intendedPublishAt === 'string')
    change.intendedPublishDate = metadata.intendedPublishAt
  return change
}

function publishAtOf(release: SanityDocument): string {
  if (typeof release.publishAt === 'string') return release.publishAt
  const metadata = isJsonObject(release.metadata) ? release.metadata : {}
  return typeof metadata.intendedPublishAt === 'string' ? metadata.intendedPublishAt : ''
}

/** A version created (added to the release) or deleted (discarded from it) on its own. */
function versionChange(row: StoredEvent): EventBody | undefined {
  const parsed = parseVersionId(row.documentId)
  if (!parsed) return undefined
  const target = {
    documentId: parsed.publishedId,
    versionId: row.documentId,
  }
  if (!row.before && row.after)
    return {
      type: 'addDocumentToRelease',
      ...target,
      documentType: row.after._type,
      revisionId: row.after._rev,
      versionRevisionId: row.after._rev,
    }
  if (row.before && !row.after)
    return {
      type: 'discardDocumentFromRelease',
      ...target,
      documentType: row.before._type,
      versionRevisionId: row.before._rev,
    }
  return undefined
}
